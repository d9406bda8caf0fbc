import { browser } from 'wxt/browser';
import type { ReminderNotice } from '../reminders/notice';

/**
 * Shows a reminder. Chrome gets a notification that stays until the user acts on it (a
 * reminder that vanished after a few seconds while they were away is no reminder); Firefox
 * supports only the basic form and rejects unknown options, so it gets exactly that. If the
 * richer form is refused anyway, the basic one is shown instead of nothing.
 */
export async function showReminder(id: string, notice: ReminderNotice, stayUntilSeen: boolean): Promise<void> {
  const basic = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: notice.title,
    message: notice.message,
  };
  if (import.meta.env.BROWSER !== 'firefox') {
    try {
      // requireInteraction is Chrome-only, so the polyfill's types do not list it.
      await browser.notifications.create(id, {
        ...basic,
        priority: 2,
        requireInteraction: stayUntilSeen,
      } as typeof basic);
      return;
    } catch {
      // Fall through to the form every browser supports.
    }
  }
  await browser.notifications.create(id, basic);
}
