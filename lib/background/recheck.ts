import { browser } from 'wxt/browser';
import { CALENDAR_MATCHES } from '../calendar/sites';
import { watchChangesSettled } from '../db';
import { sendToTab } from '../messages/background-to-tab';

/**
 * When the user changes who is who (people, their own emails, a series
 * override), open calendar tabs re-report their events so badges update
 * without a reload. Only a "recheck" goes to the page, never the data itself.
 * Needs and questions change what a badge counts: those re-check once typing
 * pauses (`countDelayMs`), not on every keystroke.
 */
export function recheckCalendarsOnChange(delayMs = 200, countDelayMs = 1000): () => void {
  const recheck = () => void recheckCalendarTabs();
  const stopWho = watchChangesSettled(['people', 'settings', 'series'], delayMs, recheck);
  const stopCounts = watchChangesSettled(['needs', 'questions'], countDelayMs, recheck);
  return () => {
    stopWho();
    stopCounts();
  };
}

async function recheckCalendarTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: CALENDAR_MATCHES });
  const send = (tabId: number, message: unknown) => browser.tabs.sendMessage(tabId, message);
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(send, tab.id, { type: 'calendar/recheck' }))),
  );
}
