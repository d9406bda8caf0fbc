import { browser } from 'wxt/browser';
import { CALENDAR_MATCHES } from '../calendar/sites';
import { watchChanges } from '../db';
import type { BackgroundMessage } from '../messages';

/**
 * When the user changes who is who (people, their own emails, a series
 * override), open calendar tabs re-report their events so badges update
 * without a reload. Only a "recheck" goes to the page, never the data itself.
 */
export function recheckCalendarsOnChange(delayMs = 200): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = watchChanges(['people', 'settings', 'series'], () => {
    clearTimeout(timer);
    timer = setTimeout(() => void recheckCalendarTabs(), delayMs);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

async function recheckCalendarTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: CALENDAR_MATCHES });
  const message: BackgroundMessage = { type: 'calendar/recheck' };
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}
