import { browser } from 'wxt/browser';
import { historyHref } from '../history/page';

/**
 * Opens Upward's history page (for one person, or everyone) in a tab. From the background,
 * with a path: the prep card lives at a per-session web-accessible URL in Chrome, from which
 * a tab of a page that is not web-accessible could not be opened.
 */
export async function openHistory(personId?: string): Promise<void> {
  await openTab(`/${historyHref(typeof personId === 'string' ? personId : undefined)}`);
}

/** The prep card of a meeting in a tab of its own, where it uses the width ("Open in a tab"). */
export async function openPrepTab(meetingId: string): Promise<void> {
  if (typeof meetingId !== 'string' || !meetingId) return;
  await openTab(`/prep.html?meeting=${encodeURIComponent(meetingId)}&mode=tab`);
}

/** A tab of one of Upward's pages, brought forward; a window of its own when none is open. */
export async function openTab(url: string): Promise<void> {
  try {
    const tab = await browser.tabs.create({ url });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } catch {
    await browser.windows.create({ url, focused: true });
  }
}
