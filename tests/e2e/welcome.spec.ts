import type { BrowserContext, Page, Worker } from '@playwright/test';
import { appHtml, badgedTitles, badgeOf } from './calendar-app';
import { expect, launchWithExtension, readStore, SAMPLE_PEOPLE, serviceWorkerOf, setUpPeople, test } from './extension';
import { googleWeek, type WeekEvent } from './google-week';

/** The parts of the extension API the tests call in the service worker. */
declare const chrome: {
  tabs: { create(options: { url: string }): Promise<unknown> };
  runtime: { getURL(path: string): string };
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
  };
};

const ACCOUNT = { name: 'Sam Patel', email: 'sam@example.com' };
const WEEK_1 = 'https://calendar.google.com/calendar/u/0/r/week/2026/3/10';
const WEEK_2 = 'https://calendar.google.com/calendar/u/0/r/week/2026/3/17';

/** One week of Sam's calendar from `sunday`: the weekly 1:1 with Dana, a skip-level, and look-alikes that are not 1:1s. */
function week(sunday: Date): WeekEvent[] {
  const at = (day: number, hour: number) =>
    new Date(sunday.getFullYear(), sunday.getMonth(), sunday.getDate() + day, hour);
  return [
    { id: 'dana1on1', title: 'Dana / Sam', organizer: 'Dana Reyes', start: at(2, 15), minutes: 30, recurring: true },
    { id: 'teamsync', title: 'Team sync', organizer: 'Dana Reyes', start: at(2, 10), minutes: 60, recurring: true },
    {
      id: 'leeskip',
      title: 'Sam <> Lee skip-level',
      organizer: 'Lee Okafor',
      start: at(4, 11),
      minutes: 30,
      recurring: true,
    },
    { id: 'focus', title: 'Focus time', organizer: 'Sam Patel', start: at(4, 13), minutes: 120 },
  ];
}

/** Serves Sam's Google Calendar: the week of March 8, 2026, and of March 15 when the URL asks for it. */
async function serveSamsCalendar(context: BrowserContext): Promise<void> {
  const page = (sunday: Date) => appHtml(googleWeek(sunday, week(sunday), ACCOUNT));
  const first = page(new Date(2026, 2, 8));
  const second = page(new Date(2026, 2, 15));
  await context.route('https://calendar.google.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: route.request().url().includes('/2026/3/17') ? second : first,
    }),
  );
}

/** The tab Upward opened by itself on install. */
async function welcomeTab(context: BrowserContext): Promise<Page> {
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  await expect.poll(() => context.pages().some(isWelcome)).toBe(true);
  const page = context.pages().find(isWelcome) as Page;
  await page.waitForLoadState();
  return page;
}

/** The days the background has seen a series on, for suggestions (its memory-only digest). */
function daysSeen(worker: Worker, title: string): Promise<string[]> {
  return worker.evaluate(async (wanted) => {
    const stored = await chrome.storage.session.get('upward:calendar-evidence');
    const evidence = stored['upward:calendar-evidence'] as { series: { title: string; days: string[] }[] } | undefined;
    return evidence?.series.find((series) => series.title === wanted)?.days ?? [];
  }, title);
}

/**
 * Opens this week, then next week, as a user flipping ahead would: the background sees
 * "Dana / Sam" twice, a week apart, which makes it "weekly".
 */
async function browseTwoWeeks(context: BrowserContext, worker: Worker): Promise<Page> {
  await serveSamsCalendar(context);
  // Install publishes the words labels are read with; a page opened before that reads titles only.
  await expect
    .poll(() => worker.evaluate(async () => 'labelWords' in (await chrome.storage.local.get('labelWords'))))
    .toBe(true);
  const calendar = await context.newPage();
  await calendar.goto(WEEK_1);
  await expect.poll(() => daysSeen(worker, 'Dana / Sam')).toEqual(['2026-03-10']);
  await calendar.goto(WEEK_2);
  await expect.poll(() => daysSeen(worker, 'Dana / Sam')).toEqual(['2026-03-10', '2026-03-17']);
  return calendar;
}

const DANA_EVIDENCE = "weekly, 'Dana / Sam', organised by Dana Reyes";

test('a fresh install opens the welcome page, on its first step', async ({ context, consoleErrors }) => {
  const welcome = await welcomeTab(context);
  await expect(welcome).toHaveTitle('Welcome to Upward');
  await expect(welcome.getByRole('heading', { level: 2, name: 'Who you are' })).toBeVisible();
  await expect(welcome.getByRole('button', { name: 'Step 1: Who you are' })).toHaveAttribute('aria-current', 'step');
  // Nothing to suggest yet: the page says where suggestions come from.
  await expect(welcome.getByText('With your calendar open in another tab')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the calendar suggests you and Dana; one click adds her and the open calendar badges her 1:1s without a reload', async ({
  context,
  extensionId,
  serviceWorker,
  consoleErrors,
  outsideRequests,
}) => {
  const welcome = await welcomeTab(context);
  const calendar = await browseTwoWeeks(context, serviceWorker);
  await calendar.evaluate(() => Object.assign(window, { sameDocument: true }));

  // Step 1, filled in from the account signed in to the calendar, saved only on the user's word.
  await welcome.bringToFront();
  await expect(welcome.getByLabel('Your name')).toHaveValue('Sam Patel');
  await expect(welcome.getByLabel('Your email addresses (comma separated)')).toHaveValue('sam@example.com');
  await expect(welcome.getByText('Filled in from the account signed in to Google Calendar.')).toBeVisible();
  await welcome.getByRole('button', { name: 'Save and continue' }).click();
  await expect(welcome.getByRole('heading', { level: 2, name: 'Who you have 1:1s with' })).toBeFocused();

  // Step 2: Dana first, with the evidence in words and a guessed relation; Lee after her.
  const suggested = welcome.getByRole('list', { name: 'Suggested from your calendar' });
  await expect(suggested.getByRole('listitem').first()).toContainText('Dana Reyes');
  await expect(suggested.getByRole('listitem').first()).toContainText(DANA_EVIDENCE);
  await expect(suggested.getByRole('listitem').nth(1)).toContainText('Lee Okafor');
  await expect(welcome.getByLabel('Dana Reyes is your')).toHaveValue('manager');
  await expect(welcome.getByLabel('Lee Okafor is your')).toHaveValue('skip-level');

  // The popup, while nobody is set up, suggests the same.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: /^Add Dana Reyes/ })).toBeVisible();
  await expect(popup.getByText(DANA_EVIDENCE)).toBeVisible();
  await popup.close();

  // No badge yet: nobody is set up.
  expect(await badgedTitles(calendar, 'google')).toEqual([]);
  await welcome.getByRole('button', { name: /^Add Dana Reyes/ }).click();
  await expect(welcome.getByRole('status').filter({ hasText: 'Added Dana Reyes as your manager.' })).toBeVisible();
  await expect(suggested.getByRole('listitem')).toHaveCount(1);

  // The calendar tab, never reloaded, badges her 1:1 and nothing else.
  await expect(badgeOf(calendar, 'google', 'Dana / Sam')).toHaveCount(1);
  expect(await badgedTitles(calendar, 'google')).toEqual(['Dana / Sam']);
  expect(await calendar.evaluate(() => 'sameDocument' in window)).toBe(true);

  const [dana] = await readStore<{ name: string; relation: string }>(serviceWorker, 'people');
  expect(dana).toMatchObject({ name: 'Dana Reyes', relation: 'manager' });
  const [me] = await readStore<{ key: string; value: unknown }>(serviceWorker, 'settings').then((all) =>
    all.filter((record) => record.key === 'me'),
  );
  expect(me?.value).toEqual({ name: 'Sam Patel', emails: ['sam@example.com'] });

  // Step 3 says what happens next and what Upward knows.
  await welcome.getByRole('button', { name: 'Continue' }).click();
  await expect(welcome.getByRole('heading', { level: 2, name: 'What happens next' })).toBeFocused();
  await expect(welcome.getByRole('region', { name: 'What Upward knows so far' })).toContainText('Dana Reyes (manager)');
  expect(outsideRequests.filter((url) => !url.startsWith('https://calendar.google.com/'))).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a dismissed suggestion stays dismissed: on the welcome page, the popup and settings, however often the calendar shows it', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const welcome = await welcomeTab(context);
  const calendar = await browseTwoWeeks(context, serviceWorker);
  await welcome.bringToFront();
  await welcome.getByRole('button', { name: 'Skip this step' }).click();
  await expect(welcome.getByRole('button', { name: /^Dismiss Lee Okafor/ })).toBeVisible();
  await welcome.getByRole('button', { name: /^Dismiss Lee Okafor/ }).click();
  await expect(welcome.getByText('Lee Okafor will not be suggested again.')).toBeVisible();
  // Focus waits on Undo, where the row was.
  await expect(welcome.getByRole('button', { name: 'Undo' })).toBeFocused();

  // The calendar shows Lee's 1:1 again, week after week.
  await calendar.goto(WEEK_1);
  await calendar.goto(WEEK_2);
  await calendar.reload();
  await welcome.reload();
  await welcome.getByRole('button', { name: 'Step 2: Who you have 1:1s with' }).click();
  const suggested = welcome.getByRole('list', { name: 'Suggested from your calendar' });
  await expect(suggested).toContainText('Dana Reyes');
  await expect(suggested).not.toContainText('Lee Okafor');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: /^Add Dana Reyes/ })).toBeVisible();
  await expect(popup.getByRole('button', { name: /^Add Lee Okafor/ })).toHaveCount(0);

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html#people`);
  const people = settings.getByRole('region', { name: 'People' });
  await expect(people.getByRole('button', { name: /^Add Dana Reyes/ })).toBeVisible();
  await expect(people.getByRole('button', { name: /^Add Lee Okafor/ })).toHaveCount(0);
});

/** Empties the checklist: install and update refill it, which shows that their handler ran. */
function clearChecklist(worker: Worker): Promise<void> {
  return worker.evaluate(
    () =>
      new Promise<void>((done, failed) => {
        const open = indexedDB.open('upward');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('checklist', 'readwrite');
          tx.objectStore('checklist').clear();
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => failed(tx.error);
        };
      }),
  );
}

const welcomeTabs = (context: BrowserContext) => context.pages().filter((page) => page.url().endsWith('/welcome.html'));

/** What the browser's runtime.onInstalled listener does, run in the service worker (see entrypoints/background.ts). */
const installed = (worker: Worker, reason: 'install' | 'update') =>
  worker.evaluate(
    (details) =>
      (globalThis as unknown as { upwardInstalled: (d: { reason: string }) => Promise<void> }).upwardInstalled(details),
    { reason, previousVersion: '0.0.9' },
  );

/**
 * Waits until the browser has told the test about every tab opened so far: it opens one more
 * from the service worker and waits for it (tabs are reported in the order they open).
 */
async function tabsSoFar(context: BrowserContext, worker: Worker): Promise<string[]> {
  const marker = `marker-${Math.random().toString(36).slice(2)}`;
  await worker.evaluate((hash) => chrome.tabs.create({ url: chrome.runtime.getURL(`/popup.html#${hash}`) }), marker);
  await expect.poll(() => context.pages().some((page) => page.url().endsWith(marker))).toBe(true);
  const pages = context.pages();
  await pages.find((page) => page.url().endsWith(marker))?.close();
  return pages.map((page) => page.url()).filter((url) => !url.endsWith(marker));
}

test('an update does not open the welcome page', async ({ context, serviceWorker, extensionId }) => {
  await (await welcomeTab(context)).close();
  await clearChecklist(serviceWorker);
  await installed(serviceWorker, 'update');
  // The update's own work was done (the checklist is back), and no welcome page opened.
  expect((await readStore(serviceWorker, 'checklist')).length).toBeGreaterThan(0);
  expect(await tabsSoFar(context, serviceWorker)).not.toContainEqual(expect.stringContaining('welcome.html'));

  // The same handler on an install, with nobody set up, does open it: the check above can fail.
  await installed(serviceWorker, 'install');
  expect(await tabsSoFar(context, serviceWorker)).toContainEqual(expect.stringContaining('welcome.html'));
  await welcomeTabs(context)[0]?.close();

  // Once someone is set up, not even an install brings it back.
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE.slice(0, 1));
  await installed(serviceWorker, 'install');
  expect(await tabsSoFar(context, serviceWorker)).not.toContainEqual(expect.stringContaining('welcome.html'));
});

test('a browser that loads Upward from its command line reports each start as an install: set up, it opens no welcome', async ({
  profileDir,
}) => {
  let context = await launchWithExtension(profileDir);
  try {
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    await welcomeTab(context);
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE.slice(0, 1));
    await clearChecklist(await serviceWorkerOf(context));
    await context.close();

    context = await launchWithExtension(profileDir);
    const worker = await serviceWorkerOf(context);
    // The start ran the install handler (it refilled the checklist)...
    await expect.poll(async () => (await readStore(worker, 'checklist')).length).toBeGreaterThan(0);
    // ...and opened no welcome page.
    expect(await tabsSoFar(context, worker)).not.toContainEqual(expect.stringContaining('welcome.html'));
  } finally {
    await context.close();
  }
});
