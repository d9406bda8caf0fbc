import type { BrowserContext, Worker } from '@playwright/test';
import type { NeedStatus } from '../../lib/model';
import { need, question } from '../support/records';
import { seedThroughImport } from '../support/seed.mjs';
import { expect, launchWithExtension, readStore, SAMPLE_PEOPLE, serviceWorkerOf, setUpPeople, test } from './extension';
import { meetingIdFor, reminderCalendarPage, weekUrl, wholeMinuteAtLeast } from './reminder-calendar';

/**
 * Reminders in real Chromium with the default 10-minute lead: a 1:1 starting a little over
 * ten minutes from now is shown on a routed calendar page, the tab is closed, and the
 * notification must appear at start - 10 min (the alarm is 20-80 s away: calendar times
 * have minute precision). Playwright cannot see OS notifications, so the worker's
 * `chrome.notifications.create` is wrapped to log each call with its time; the polyfill
 * calls it by name at call time, so the wrapper sees what Upward really sends.
 */

const LEAD_MS = 10 * 60_000;
const SERIES = 'dana1on1';

interface Shown {
  id: string;
  title: string;
  message: string;
  requireInteraction?: boolean;
  at: number;
}

interface StoredMeeting {
  id: string;
  personId: string | null;
  start: string | null;
  reminded?: { main?: { start: string; at: number } };
}

/** The few service-worker `chrome` APIs these tests touch (the worker has them; Node's types do not). */
interface NotificationOptions {
  title?: string;
  message?: string;
  requireInteraction?: boolean;
}
declare const chrome: {
  notifications: {
    create(id: string, options: NotificationOptions): Promise<string>;
    getAll(): Promise<Record<string, boolean>>;
  };
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    clearAll(): Promise<boolean>;
  };
};

declare global {
  // The worker-side log the wrapper fills (test-only; lives in the service worker).
  var upwardShown: Shown[] | undefined;
}

/** Logs every notification the extension creates from now on (in this worker's lifetime). */
async function logNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    if (globalThis.upwardShown) return;
    globalThis.upwardShown = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    Object.assign(chrome.notifications, {
      create(id: string, options: NotificationOptions) {
        globalThis.upwardShown?.push({
          id,
          title: options.title ?? '',
          message: options.message ?? '',
          requireInteraction: options.requireInteraction,
          at: Date.now(),
        });
        return create(id, options);
      },
    });
  });
}

const shownSoFar = (worker: Worker) => worker.evaluate(() => globalThis.upwardShown ?? []);
const openNotifications = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll());
const reminderAlarm = (worker: Worker, name: string) =>
  worker.evaluate((alarm) => chrome.alarms.get(alarm).then((found) => found?.scheduledTime ?? null), name);

/** Puts two open needs, one met need and one open question on file for a person, as the prep card would. */
function putOpenWork(context: BrowserContext, extensionId: string, personId: string): Promise<void> {
  const open = (id: string, order: number, status: NeedStatus = 'open') =>
    need({ id, personId, text: `Need ${id}`, status, order, history: [{ status, at: 1 }], createdAt: 1, updatedAt: 1 });
  return seedThroughImport(context, extensionId, {
    needs: [open('n1', 0), open('n2', 1), open('n3', 2, 'met')],
    questions: [question({ id: 'q1', personId, text: 'What keeps you up at night?', createdAt: 1, updatedAt: 1 })],
  });
}

/** Shows the 1:1 on a routed calendar page until it is recognised and its reminder armed; closes the tab. */
async function showOnCalendarThenClose(context: BrowserContext, worker: Worker, start: Date): Promise<string> {
  const body = reminderCalendarPage({ series: SERIES, start, title: 'Dana / Sam', organizer: 'Dana Reyes' });
  await context.route('https://calendar.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body }),
  );
  const page = await context.newPage();
  await page.goto(weekUrl(start));
  const meetingId = meetingIdFor(SERIES, start);
  await expect
    .poll(async () => (await readStore<StoredMeeting>(worker, 'meetings')).find((m) => m.id === meetingId)?.personId)
    .toBeTruthy();
  await expect.poll(() => reminderAlarm(worker, `upward-reminder:main:${meetingId}`)).toBe(start.getTime() - LEAD_MS);
  await page.close();
  return meetingId;
}

async function danaId(worker: Worker): Promise<string> {
  const people = await readStore<{ id: string; name: string }>(worker, 'people');
  const dana = people.find((person) => person.name === 'Dana Reyes');
  if (!dana) throw new Error('Dana Reyes was not set up');
  return dana.id;
}

test.describe('pre-meeting reminders', () => {
  test('a 1:1 ten minutes away raises its reminder on time after the calendar tab is closed; clicking opens the prep', async ({
    context,
    extensionId,
    serviceWorker,
    consoleErrors,
  }) => {
    test.setTimeout(150_000);
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE.slice(0, 1));
    await putOpenWork(context, extensionId, await danaId(serviceWorker));

    const start = wholeMinuteAtLeast(LEAD_MS + 20_000);
    const meetingId = await showOnCalendarThenClose(context, serviceWorker, start);
    const name = `upward-reminder:main:${meetingId}`;
    await logNotifications(serviceWorker);
    expect(context.pages().map((page) => page.url())).not.toContainEqual(expect.stringContaining('calendar.google'));
    expect(await shownSoFar(serviceWorker)).toEqual([]);

    await expect.poll(() => shownSoFar(serviceWorker), { timeout: 100_000, intervals: [200] }).toHaveLength(1);
    const [shown] = await shownSoFar(serviceWorker);
    const dueAt = start.getTime() - LEAD_MS;
    console.log(`reminder shown ${(shown?.at ?? 0) - dueAt} ms after its time`);
    expect(shown).toMatchObject({
      id: name,
      title: '1:1 with Dana Reyes in 10 min',
      message: '3 to raise. Click to prepare.',
      requireInteraction: true,
    });
    // Not early, and within a few seconds of its time.
    expect(shown?.at).toBeGreaterThanOrEqual(dueAt);
    expect(shown?.at).toBeLessThan(dueAt + 5_000);
    expect(Object.keys(await openNotifications(serviceWorker))).toEqual([name]);
    // Recorded, so it never fires again for this start.
    const stored = (await readStore<StoredMeeting>(serviceWorker, 'meetings')).find((m) => m.id === meetingId);
    expect(stored?.reminded?.main?.start).toBe(stored?.start);

    // Clicking: no calendar tab shows the meeting any more, so the prep opens in a tab of its own.
    const prepTab = context.waitForEvent('page');
    await serviceWorker.evaluate(
      (id) => (globalThis as unknown as Record<string, (id: string) => Promise<void>>).upwardReminderClicked?.(id),
      name,
    );
    const prep = await prepTab;
    expect(prep.url()).toBe(
      `chrome-extension://${extensionId}/prep.html?meeting=${encodeURIComponent(meetingId)}&mode=tab`,
    );
    await expect.poll(() => openNotifications(serviceWorker)).toEqual({});
    expect(await shownSoFar(serviceWorker)).toHaveLength(1);

    // One count everywhere: the reminder's "3 to raise" is the card's and the popup's (a raised
    // need counts, a met one does not, questions not yet asked do).
    await expect(prep.getByRole('heading', { name: 'To raise (3)' })).toBeVisible();
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByRole('region', { name: 'Next 1:1' })).toContainText('3 to raise');
    expect(consoleErrors).toEqual([]);
  });

  test('a reminder armed before a full browser restart still fires, re-armed from the store even if the browser dropped its alarms', async ({
    profileDir,
  }) => {
    test.setTimeout(150_000);
    let context = await launchWithExtension(profileDir);
    try {
      let worker = await serviceWorkerOf(context);
      const extensionId = new URL(worker.url()).host;
      await setUpPeople(context, extensionId, SAMPLE_PEOPLE.slice(0, 1));
      const start = wholeMinuteAtLeast(LEAD_MS + 35_000);
      const meetingId = await showOnCalendarThenClose(context, worker, start);
      const name = `upward-reminder:main:${meetingId}`;
      // As if the browser had lost every alarm over the restart: only the store remains.
      await worker.evaluate(() => chrome.alarms.clearAll());
      await context.close();

      context = await launchWithExtension(profileDir);
      worker = await serviceWorkerOf(context);
      await logNotifications(worker);
      await expect.poll(() => reminderAlarm(worker, name)).toBe(start.getTime() - LEAD_MS);
      expect(context.pages().map((page) => page.url())).not.toContainEqual(expect.stringContaining('calendar.google'));

      await expect.poll(() => shownSoFar(worker), { timeout: 100_000, intervals: [200] }).toHaveLength(1);
      const [shown] = await shownSoFar(worker);
      expect(shown).toMatchObject({ id: name, title: '1:1 with Dana Reyes in 10 min' });
      expect(shown?.message).toBe('Nothing to raise yet. What do you need from Dana Reyes?');
      console.log(
        `after a restart: reminder shown ${(shown?.at ?? 0) - (start.getTime() - LEAD_MS)} ms after its time`,
      );
      expect(shown?.at).toBeGreaterThanOrEqual(start.getTime() - LEAD_MS);
      expect(shown?.at).toBeLessThan(start.getTime() - LEAD_MS + 5_000);
    } finally {
      await context.close();
    }
  });
});
