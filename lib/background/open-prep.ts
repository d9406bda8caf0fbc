import { type Browser, browser } from 'wxt/browser';
import { CALENDAR_MATCHES } from '../calendar/sites';
import { sendToTab } from '../messages/background-to-tab';
import { openPrepTab } from './open-page';

/** A calendar tab that does not answer within this long is treated as not showing the meeting. */
const ANSWER_TIMEOUT_MS = 1500;

export type PrepOpened = { where: 'calendar'; tabId: number } | { where: 'tab' };

/**
 * Opens a meeting's prep where the user will use it: in a calendar tab that shows the
 * meeting (its content script opens the card there and says so), focused; otherwise the
 * prep page in a new tab. Needs no `tabs` permission: the calendar host permissions let
 * the query see calendar tabs, and creating or focusing a tab needs none.
 */
export async function openPrep(meetingId: string): Promise<PrepOpened> {
  const tabs = await browser.tabs.query({ url: CALENDAR_MATCHES }).catch(() => [] as Browser.tabs.Tab[]);
  // The tab the user looked at last is the one they most likely expect.
  tabs.sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    if (!(await showsMeeting(tab.id, meetingId))) continue;
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return { where: 'calendar', tabId: tab.id };
  }
  // A path, not runtime.getURL: in Chrome that gives prep.html's per-session web-accessible URL
  // (use_dynamic_url), which a tab cannot open (it shows an error page); the path resolves to
  // the extension's own origin in Chrome and Firefox.
  // No browser window open (the browser runs in the background): openTab opens one.
  await openPrepTab(meetingId);
  return { where: 'tab' };
}

/** Asks one calendar tab to open the card; anything but a clear `shown: true` is a no. */
async function showsMeeting(tabId: number, eventId: string): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS);
  });
  const send = (id: number, message: unknown) => browser.tabs.sendMessage(id, message);
  try {
    // No answer: no content script there (a page still loading, or an old one after an update).
    const answer = await Promise.race([sendToTab(send, tabId, { type: 'prep/open', eventId }), timeout]);
    return answer?.shown === true;
  } finally {
    clearTimeout(timer);
  }
}
