import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Seed } from '../support/seed.mjs';
import { expect, launchWithExtension, readStore, serviceWorkerOf, test } from './extension';
import { DANA, DAY, need, oneOnOne, seed, wallIn } from './memory-seed';

/**
 * The second half of the loop in real Chromium: the history page, search, the wrap-up after
 * a 1:1 (from its notification), cancelled 1:1s, and a version 2 backup. Screenshots for
 * looking at land in test-results/memory/.
 */

const SHOTS = 'test-results/memory';
mkdirSync(SHOTS, { recursive: true });

declare const chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };

const past = oneOnOne('google:past', -14 * DAY, {
  notes: 'Talked about the réorg and the Q3 roadmap.\nShe will check the budget with finance.',
  ticks: [],
  mood: 3,
  wrappedUpAt: Date.now() - 14 * DAY * 60_000,
});
const lastWeek = oneOnOne('google:last-week', -7 * DAY, {
  notes: 'Promotion path: she wants a written case by March.',
  mood: 4,
  win: true,
  movedFrom: wallIn(-7 * DAY - 60),
});
const cancelled = oneOnOne('google:cancelled', -2 * DAY, { cancelled: true, notes: 'Wanted to ask about the offsite' });
const next = oneOnOne('google:next', 2 * DAY);

const BASE = {
  people: [DANA],
  meetings: [past, lastWeek, cancelled, next],
  needs: [
    need('n1', 'Tell me when you are disappointed in my work', 30, {
      status: 'raised',
      history: [
        { status: 'open', at: Date.now() - 30 * DAY * 60_000 },
        { status: 'raised', at: Date.now() - 14 * DAY * 60_000, meetingId: 'google:past' },
      ],
    }),
    need('n2', 'Clarity on the promotion path', 20),
  ],
  notes: [
    {
      id: 'qn1',
      text: 'Ask about the Kubernetes migration timeline',
      createdAt: Date.now() - 3 * DAY * 60_000,
      personId: DANA.id,
    },
    {
      id: 'qn2',
      text: 'Pasted from chat: <img src=x onerror=alert(1)> hostile',
      createdAt: Date.now() - 4 * DAY * 60_000,
    },
  ],
  commitments: [
    {
      id: 'c1',
      personId: DANA.id,
      text: 'Share the budget numbers',
      owner: 'them',
      status: 'open',
      due: '2020-01-01',
      meetingId: 'google:past',
      createdAt: Date.now() - 14 * DAY * 60_000,
      updatedAt: Date.now() - 14 * DAY * 60_000,
    },
  ],
} satisfies Seed;

const historyUrl = (id: string, query = '') => `chrome-extension://${id}/one-on-ones.html${query}`;

/** The words in a list: its items' text (needs, questions) or text boxes (commitments, edited in place). */
const typed = (page: Page, list: string) =>
  page
    .getByRole('list', { name: list })
    .locator('textarea, .item-text')
    .evaluateAll((items) =>
      items.map((item) => (item instanceof HTMLTextAreaElement ? item.value : (item.textContent ?? ''))),
    );

async function shoot(page: Page, name: string, dark = false) {
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test("a past 1:1's notes, the needs ledger and the mood show on the person's history page", async ({
  context,
  extensionId,
  consoleErrors,
  outsideRequests,
}) => {
  await seed(context, extensionId, BASE);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(historyUrl(extensionId, `?person=${DANA.id}`));
  await expect(page.getByRole('heading', { name: 'Your 1:1s with Dana Reyes' })).toBeVisible();
  const timeline = page.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText('Talked about the réorg and the Q3 roadmap.');
  await expect(timeline).toContainText('Cancelled');
  await expect(timeline).toContainText('Moved from');
  // Last time is last week's 1:1, not the cancelled one.
  await expect(page.getByRole('region', { name: /Last time/ })).toContainText(
    'Promotion path: she wants a written case',
  );
  // The ledger: the raised need counts one 1:1 it was raised in.
  const row = page.getByRole('row', { name: /Tell me when you are disappointed/ });
  await expect(row).toContainText('Raised, not met yet');
  await expect(row).toContainText('1 1:1');
  await expect(page.getByRole('img', { name: /Days each need has waited/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Mood at each wrap-up/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Commitments' })).toContainText('Overdue');
  await shoot(page, 'history-light');
  await shoot(page, 'history-dark', true);
  // 200% zoom: nothing runs off the side.
  await page.setViewportSize({ width: 500, height: 900 });
  await page.evaluate(() => {
    document.body.style.zoom = '2';
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth * 1.01)).toBe(true);
  await shoot(page, 'history-zoom-200');
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

test('a word typed in "Search your notes" finds a note, accents aside, and Enter opens it in context', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  await seed(context, extensionId, BASE);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(historyUrl(extensionId));
  const box = page.getByLabel('Search your notes');
  await box.focus();
  await page.keyboard.type('reorg');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results).toContainText('Dana Reyes');
  await expect(results.locator('mark')).toHaveText(['réorg']);
  await box.fill('');
  await page.keyboard.type('kubern');
  await expect(results.getByRole('option')).toHaveText([/Quick note.*Kubernetes migration/]);
  // What was written is drawn as text, never as HTML.
  await box.fill('onerror');
  await expect(results.getByRole('option')).toHaveText([/<img src=x onerror=alert\(1\)>/]);
  expect(await results.locator('img').count()).toBe(0);
  await box.fill('zzzz');
  await expect(page.locator('#search-status')).toContainText('Nothing found');
  await box.fill('');
  await page.keyboard.type('roadmap');
  await shoot(page, 'search');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/history\.html\?person=person-dana#meeting-google%3Apast|#meeting-google:past/);
  await expect(page.locator('[id="meeting-google:past"]')).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('the wrap-up notification opens a wrap-up that marks a need met and records a commitment shown on the next card', async ({
  context,
  extensionId,
  serviceWorker,
  consoleErrors,
}) => {
  // A 1:1 that ended a few minutes ago: the background asks about it at once.
  const ended = oneOnOne('google:just-ended', -35);
  await seed(context, extensionId, { ...BASE, meetings: [...BASE.meetings, ended] });
  const name = 'upward-wrap-up:google:just-ended';
  await expect
    .poll(() => serviceWorker.evaluate(() => chrome.notifications.getAll()), { timeout: 20_000 })
    .toHaveProperty([name]);
  const opened = context.waitForEvent('page');
  await serviceWorker.evaluate(
    (id) => (globalThis as unknown as Record<string, (id: string) => Promise<void>>).upwardReminderClicked?.(id),
    name,
  );
  const page = await opened;
  await page.setViewportSize({ width: 720, height: 1000 });
  await expect(page.getByRole('heading', { name: 'How did it go with Dana?' })).toBeFocused();
  await shoot(page, 'wrap-up');
  await shoot(page, 'wrap-up-dark', true);
  await page.emulateMedia({ colorScheme: 'light' });
  // By keyboard: Tab to the first need's choice ("Not this time"), ← to "Met".
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('radiogroup', { name: 'Tell me when you are disappointed in my work' }).getByLabel('Not this time'),
  ).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(
    page.getByRole('radiogroup', { name: 'Tell me when you are disappointed in my work' }).getByLabel('Met'),
  ).toBeChecked();
  await page.getByLabel('New commitment 1', { exact: true }).fill('Send the design doc');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('New commitment 2', { exact: true })).toBeFocused();
  await page.keyboard.type('Intro to the platform lead');
  await page.getByLabel('Who owes commitment 2').selectOption('them');
  await page.getByLabel('4 good').check();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Wrap-up saved.' })).toBeVisible();

  const stored = await readStore<{ id: string; status: string }>(serviceWorker, 'needs');
  expect(stored.find((n) => n.id === 'n1')?.status).toBe('met');
  const meetings = await readStore<{ id: string; mood?: number; wrappedUpAt?: number }>(serviceWorker, 'meetings');
  expect(meetings.find((m) => m.id === 'google:just-ended')).toMatchObject({
    mood: 4,
    wrappedUpAt: expect.any(Number),
  });

  await page.goto(`chrome-extension://${extensionId}/prep.html?meeting=google%3Anext&mode=tab`);
  const commitments = page.getByRole('region', { name: 'Commitments' });
  // Overdue first, then the two new ones (no due date), oldest first.
  await expect
    .poll(() => typed(page, 'Open commitments'))
    .toEqual(['Share the budget numbers', 'Send the design doc', 'Intro to the platform lead']);
  await expect(commitments.getByRole('listitem').first()).toContainText('Overdue');
  await expect(commitments.getByRole('listitem').nth(1)).toContainText('You owe');
  await expect(commitments.getByRole('listitem').nth(2)).toContainText('Dana owes');
  expect(await typed(page, 'To raise')).toEqual(['Clarity on the promotion path']);
  await expect(page.getByRole('region', { name: /Last time/ })).toContainText('Send the design doc');
  await shoot(page, 'card-next');
  expect(consoleErrors).toEqual([]);
});

test("a cancelled 1:1's open needs and notes show on the next one; its card offers what I meant to bring up", async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  await seed(context, extensionId, BASE);
  const page = await context.newPage();
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/prep.html?meeting=google%3Anext&mode=tab`);
  await expect.poll(() => typed(page, 'To raise')).toContain('Clarity on the promotion path');
  const carried = page.getByRole('region', { name: 'Carried over' });
  await expect(carried).toContainText('was cancelled');
  await expect(carried).toContainText('Wanted to ask about the offsite');

  await page.goto(`chrome-extension://${extensionId}/prep.html?meeting=google%3Acancelled&mode=tab`);
  const notice = page.getByRole('region', { name: 'This 1:1 was cancelled' });
  await expect(notice).toContainText('carry over to your next 1:1 with Dana');
  await notice.getByText('What I meant to bring up').click();
  const markdown = notice.getByLabel('What I meant to bring up (Markdown)');
  await expect(markdown).toHaveValue(/- Clarity on the promotion path/);
  await expect(markdown).toHaveValue(/Wanted to ask about the offsite/);
  await expect(markdown).not.toHaveValue(/SECRET-PRESSURE/);
  await shoot(page, 'card-cancelled');
  expect(consoleErrors).toEqual([]);
});

test('a version 2 backup with commitments and wrap-ups round-trips into a fresh browser', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  await seed(context, extensionId, BASE);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');
  const file = JSON.parse(exported);
  expect(file).toMatchObject({ version: 2, commitments: [{ id: 'c1', owner: 'them', due: '2020-01-01' }] });
  expect(file.meetings.find((m: { id: string }) => m.id === 'google:last-week')).toMatchObject({ mood: 4, win: true });

  const profile = mkdtempSync(join(tmpdir(), 'upward-e2e-v2-'));
  const fresh = await launchWithExtension(profile);
  try {
    const freshId = new URL((await serviceWorkerOf(fresh)).url()).host;
    const restore = await fresh.newPage();
    await restore.goto(`chrome-extension://${freshId}/options.html`);
    await restore
      .getByLabel('Import backup')
      .setInputFiles({ name: 'v2.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(restore.getByRole('status').filter({ hasText: /Imported.*1 commitment/ })).toBeVisible();
    const again = restore.waitForEvent('download');
    await restore.getByRole('button', { name: 'Export backup' }).click();
    const reexported = readFileSync(await (await again).path(), 'utf8');
    const withoutTime = (text: string) => text.replace(/\n {2}"exportedAt": "[^"]*",/, '');
    expect(withoutTime(reexported)).toBe(withoutTime(exported));
    // The history page of the fresh browser shows what came back.
    await restore.goto(`chrome-extension://${freshId}/one-on-ones.html?person=${DANA.id}`);
    await expect(restore.getByRole('region', { name: 'Commitments' })).toContainText('Share the budget numbers');
  } finally {
    await fresh.close();
    rmSync(profile, { recursive: true, force: true });
  }
  expect(consoleErrors).toEqual([]);
});
