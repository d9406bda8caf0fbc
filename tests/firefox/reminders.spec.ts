import type { Page } from 'puppeteer-core';
import type { Firefox } from '../../scripts/firefox.mjs';
import { meetingIdFor, reminderCalendarPage, weekUrl, wholeMinuteAtLeast } from '../e2e/reminder-calendar';
import { SAMPLE_PEOPLE } from '../support/people';
import { cardIsOpen, openCalendar, prepFrame } from './calendar';
import { twins } from './chromium-twin';
import { readStore, setUpPeople } from './extension';
import { poll } from './poll';
import { expect, test } from './session';

/**
 * A reminder in real Firefox with the default 10-minute lead: a 1:1 a little over ten minutes
 * away is shown on a routed calendar page, the tab is closed, the browser's alarms are
 * dropped and the browser restarted on the same profile; the notification must still come
 * (calendar times have minute precision, so the alarm is 20-80 s away), and its click must
 * open the prep. The event-page background cannot be evaluated from outside: alarms and
 * notifications are read from an extension page (Firefox's own alerts keep notifications
 * listed, `alerts.useSystemBackend: false`).
 */

const LEAD_MS = 10 * 60_000;
const SERIES = 'dana1on1';

interface StoredMeeting {
  id: string;
  personId: string | null;
  start: string | null;
  reminded?: { main?: { start: string; at: number } };
}

type Notifications = Record<string, { title?: string; message?: string }>;

const alarmTime = (page: Page, name: string) =>
  page.evaluate((alarm) => browser.alarms.get(alarm).then((found) => found?.scheduledTime ?? null), name);
/** Firefox lists each notification with its options (Chrome only says `true`). */
const notifications = (page: Page) =>
  page.evaluate(() => browser.notifications.getAll() as unknown as Promise<Notifications>);
/** Calls the very function the notification's click listener calls (an OS notification cannot be clicked here). */
const clickReminder = (page: Page, name: string) =>
  page.evaluate(async (id) => {
    const background = (await browser.runtime.getBackgroundPage()) as unknown as {
      upwardReminderClicked(id: string): Promise<void>;
    };
    await background.upwardReminderClicked(id);
  }, name);

/**
 * The tab showing this extension URL, once one does. If none does in time, the failure lists
 * every tab the driver knows and what each answered, so a missing tab (never opened, or opened
 * but not listed) can be told from one that did not answer.
 */
function tabAt(firefox: Firefox, url: string): Promise<Page> {
  return poll(
    async () => {
      const seen: string[] = [];
      for (const page of await firefox.browser.pages()) {
        const href = await page
          .evaluate(() => location.href)
          .catch((error: unknown) => `(no answer: ${error instanceof Error ? error.message : String(error)})`);
        if (href === url) return page;
        seen.push(href);
      }
      throw new Error(`${seen.length} tabs listed: ${seen.join(', ') || 'none'}`);
    },
    { what: `a tab at ${url}` },
  );
}

test('a reminder armed before the calendar tab closed and the browser restarted fires, and its click opens the prep', {
  ...twins(
    'pre-meeting reminders › a 1:1 ten minutes away raises its reminder on time after the calendar tab is closed; clicking opens the prep',
    'pre-meeting reminders › a reminder armed before a full browser restart still fires, re-armed from the store even if the browser dropped its alarms',
    'the card opens by itself › a reminder click opens the card when the event is on the page',
  ),
}, async ({ session }) => {
  test.setTimeout(180_000);
  let firefox = session.firefox;
  await setUpPeople(firefox, SAMPLE_PEOPLE.slice(0, 1));
  const start = wholeMinuteAtLeast(LEAD_MS + 25_000);
  const dueAt = start.getTime() - LEAD_MS;
  const meetingId = meetingIdFor(SERIES, start);
  const name = `upward-reminder:main:${meetingId}`;
  const html = reminderCalendarPage({ series: SERIES, start, title: 'Dana / Sam', organizer: 'Dana Reyes' });

  const calendar = await openCalendar(firefox, { url: weekUrl(start), html });
  let settings = await firefox.open('options.html');
  await expect
    .poll(async () => (await readStore<StoredMeeting>(settings, 'meetings')).find((m) => m.id === meetingId)?.personId)
    .toBeTruthy();
  await expect.poll(() => alarmTime(settings, name)).toBe(dueAt);
  await calendar.close();
  // As if the browser had lost every alarm over the restart: only the store remains.
  await settings.evaluate(() => browser.alarms.clearAll());

  firefox = await session.restart();
  settings = await firefox.open('options.html');
  await expect.poll(() => alarmTime(settings, name)).toBe(dueAt);
  expect(await notifications(settings)).toEqual({});

  // Nothing but this settings tab is open when it comes.
  await expect.poll(() => notifications(settings), { timeout: 120_000 }).toHaveProperty([name]);
  const shown = (await notifications(settings))[name];
  expect(shown?.title).toMatch(/^1:1 with Dana Reyes in \d+ min$/);
  expect(shown?.message).toBe('Nothing to raise yet. What do you need from Dana Reyes?');
  const stored = (await readStore<StoredMeeting>(settings, 'meetings')).find((m) => m.id === meetingId);
  // Recorded (so it never fires again for this start), and not early.
  expect(stored?.reminded?.main?.start).toBe(stored?.start);
  expect(stored?.reminded?.main?.at).toBeGreaterThanOrEqual(dueAt);

  // Clicking it: no calendar tab shows the meeting, so the prep opens in a tab of its own.
  await clickReminder(settings, name);
  const prep = await tabAt(firefox, firefox.url(`prep.html?meeting=${encodeURIComponent(meetingId)}&mode=tab`));
  await expect.poll(() => prep.evaluate(() => document.querySelector('h1')?.textContent)).toBe('1:1 with Dana Reyes');
  await expect.poll(() => notifications(settings)).toEqual({});

  // With the calendar showing the meeting, the click opens the card right there instead.
  const again = await openCalendar(firefox, { url: weekUrl(start), html });
  await poll(() => again.evaluate(() => document.querySelectorAll('upward-badge').length === 1), {
    what: 'the badge on the calendar',
  });
  await clickReminder(settings, name);
  await expect.poll(() => cardIsOpen(again)).toBe(true);
  // (The card kept ready on the page, told the meeting through the background: no meeting in its URL.)
  const card = await prepFrame(again);
  await expect.poll(() => card.evaluate(() => document.querySelector('h1')?.textContent)).toBe('1:1 with Dana Reyes');
});
