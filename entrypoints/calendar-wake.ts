import { browser } from 'wxt/browser';
import { siteForUrl } from '../lib/calendar/sites';
import { sendToBackground } from '../lib/messages/content-to-background';

/**
 * Runs on the calendar hosts at document_start (wxt.config.ts), before the page is parsed: on a
 * calendar page it wakes the background, most often asleep (it sleeps after 30 s idle), so that
 * the background has started by the time the calendar script, which runs once the page is
 * parsed, reports what the page shows (bench:worker). It does nothing else, and stays tiny: a
 * script injected at document_start holds up the page's parsing while it loads.
 */
export default defineUnlistedScript(() => {
  if (!siteForUrl(new URL(location.href))) return;
  const toBackground = sendToBackground((message) => browser.runtime.sendMessage(message));
  toBackground({ type: 'calendar/opening' }).catch(() => {
    // The extension was updated or removed under this page: the calendar script says nothing either.
  });
});
