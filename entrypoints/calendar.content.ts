import { browser } from 'wxt/browser';
import { startCalendarSession } from '../lib/content/calendar-session';
import { CALENDAR_MATCHES } from '../lib/hosts';
import type { BackgroundMessage, ContentMessage, Result } from '../lib/messages';

export default defineContentScript({
  matches: CALENDAR_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const session = startCalendarSession({
      document,
      currentUrl: () => new URL(location.href),
      // After an extension update or uninstall this page keeps running old code:
      // sending then fails, and the session ends quietly instead of logging on the page.
      send: async (message: ContentMessage) => {
        if (ctx.isInvalid) return undefined;
        try {
          return (await browser.runtime.sendMessage(message)) as Result<never>;
        } catch {
          session.stop();
          return undefined;
        }
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => session.locationChanged());
    const onMessage = (message: BackgroundMessage) => {
      if (message?.type === 'calendar/recheck') session.recheck();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      session.stop();
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});
