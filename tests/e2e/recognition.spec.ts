import type { Worker } from '@playwright/test';
import { expect, readStore, routeToFixture, SAMPLE_PEOPLE, setUpPeople, test } from './extension';

interface StoredMeeting {
  id: string;
  title: string;
  personId: string | null;
  reasons: string[];
}

/** Titles of the meetings the background recognised as 1:1s, sorted. */
async function recognisedTitles(worker: Worker): Promise<string[]> {
  const meetings = await readStore<StoredMeeting>(worker, 'meetings');
  return meetings
    .filter((meeting) => meeting.personId)
    .map((meeting) => meeting.title)
    .sort();
}

const GOOGLE_WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/3/10';

test.describe('recognising 1:1s on Google Calendar', () => {
  test('the background ends up holding verdicts for the right events only', async ({
    context,
    extensionId,
    serviceWorker,
    consoleErrors,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    await routeToFixture(context, 'https://calendar.google.com/**', 'tests/fixtures/google/week.html');
    const page = await context.newPage();
    await page.goto(GOOGLE_WEEK);

    // Not "Team sync" (organised by Dana), not "Lunch with Dana's team", not "Dan / Sam"
    // (Dan Brown is not Dana), not the skip-level you declined.
    await expect.poll(() => recognisedTitles(serviceWorker)).toEqual(['Ana / Sam mentoring', 'Dana / Sam']);
    const meetings = await readStore<StoredMeeting>(serviceWorker, 'meetings');
    const dana = meetings.find((meeting) => meeting.title === 'Dana / Sam');
    expect(dana?.reasons.join(' ')).toMatch(/title matches "Dana \/ Sam"/);
    expect(consoleErrors).toEqual([]);
  });

  test('follows the single-page app to another view without a reload', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    await routeToFixture(context, 'https://calendar.google.com/**', 'tests/fixtures/google/week.html');
    const page = await context.newPage();
    await page.goto(GOOGLE_WEEK);
    await expect.poll(() => recognisedTitles(serviceWorker)).toContain('Dana / Sam');

    // The app swaps its main region and pushes a new URL, as Google Calendar does.
    const { readFileSync } = await import('node:fs');
    const month = readFileSync('tests/fixtures/google/month.html', 'utf8');
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', '/calendar/u/0/r/month/2026/3/1');
      document.body.replaceChildren(...[...next.body.childNodes].map((node) => document.adoptNode(node)));
    }, month);
    await expect
      .poll(async () => (await readStore<StoredMeeting>(serviceWorker, 'meetings')).length)
      .toBeGreaterThan(2);
  });

  test('a guest list of exactly you and your manager confirms the series', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    await routeToFixture(context, 'https://calendar.google.com/**', 'tests/fixtures/google/dialog-open.html');
    const page = await context.newPage();
    await page.goto(GOOGLE_WEEK);
    await expect
      .poll(async () =>
        (await readStore<{ confirmedPersonId?: string }>(serviceWorker, 'series')).filter((s) => s.confirmedPersonId),
      )
      .toHaveLength(1);
  });

  test('people added while the calendar is open are recognised without a reload', async ({
    context,
    extensionId,
    serviceWorker,
  }) => {
    await routeToFixture(context, 'https://calendar.google.com/**', 'tests/fixtures/google/week.html');
    const page = await context.newPage();
    await page.goto(GOOGLE_WEEK);
    await page.waitForTimeout(500);
    expect(await recognisedTitles(serviceWorker)).toEqual([]);
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE.slice(0, 1));
    await expect.poll(() => recognisedTitles(serviceWorker)).toEqual(['Dana / Sam']);
  });
});

test.describe('recognising 1:1s on Outlook on the web', () => {
  for (const host of ['outlook.office.com', 'outlook.cloud.microsoft']) {
    test(`the background holds the right verdicts on ${host}`, async ({
      context,
      extensionId,
      serviceWorker,
      consoleErrors,
    }) => {
      await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
      await routeToFixture(context, `https://${host}/**`, 'tests/fixtures/outlook/week.html');
      const page = await context.newPage();
      await page.goto(`https://${host}/calendar/view/week`);
      // "Team sync" is organised by Dana but is a team meeting; the holiday is all-day.
      await expect.poll(() => recognisedTitles(serviceWorker)).toEqual(['Dana / Sam']);
      expect(consoleErrors).toEqual([]);
    });
  }

  test('the content script stays idle outside the calendar (mail)', async ({ context, extensionId, serviceWorker }) => {
    await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
    await routeToFixture(context, 'https://outlook.office.com/**', 'tests/fixtures/outlook/week.html');
    const page = await context.newPage();
    await page.goto('https://outlook.office.com/mail/inbox');
    await page.waitForTimeout(800);
    expect(await readStore(serviceWorker, 'meetings')).toEqual([]);
  });
});
