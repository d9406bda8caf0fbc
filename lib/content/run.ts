import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CalendarAdapter } from '../calendar/types';
import { sendToBackground } from '../messages/content-to-background';
import { startCalendarPage } from './calendar-page';
import { loadLabelWords } from './label-words';

/**
 * What every calendar content script does, with the adapters it carries: watch the page,
 * badge the 1:1s, host the card, and go quietly when the extension is updated or removed.
 */
export async function runCalendarContentScript(
  ctx: ContentScriptContext,
  adapters: readonly CalendarAdapter[],
): Promise<void> {
  // The words labels are read with, before the first label is read.
  await loadLabelWords(browser.storage.local);
  if (ctx.isInvalid) return;
  const toBackground = sendToBackground((message) => browser.runtime.sendMessage(message));
  const page = startCalendarPage({
    document,
    adapters,
    currentUrl: () => new URL(location.href),
    extensionId: browser.runtime.id,
    prepUrl: browser.runtime.getURL('/prep.html'),
    alive: () => ctx.isValid,
    // After an extension update or uninstall this page keeps running old code: sending then
    // fails, and everything Upward put on the page goes quietly instead of logging errors.
    send: async (message) => {
      if (ctx.isInvalid) return undefined;
      try {
        return await toBackground(message);
      } catch {
        page.stop();
        return undefined;
      }
    },
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => page.locationChanged());
  // Every few seconds: is a 1:1 about to start? ctx's timer also notices an extension update
  // (the context goes invalid) and then takes everything off the page.
  ctx.setInterval(() => page.tick(), 5_000);
  // Answers go through sendResponse (not a returned promise): content scripts use the
  // browser's own API, without the polyfill (see wxt.config.ts).
  const onMessage = (
    message: unknown,
    sender: { id?: string; url?: string },
    sendResponse: (answer: unknown) => void,
  ) => {
    const answer = page.receive(message, sender);
    if (!answer) return undefined;
    void answer.then(sendResponse);
    return true as const;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    page.stop();
    browser.runtime.onMessage.removeListener(onMessage);
  });
}
