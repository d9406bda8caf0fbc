import type { BrowserContext, Frame, Page } from '@playwright/test';
import { badgedTitles, badgeOf, cardIsOpen, GOOGLE_WEEK, prepFrame, serveCalendar, test } from './calendar-app';
import {
  expect,
  launchWithExtension,
  readStoreFromPage,
  SAMPLE_PEOPLE,
  serviceWorkerOf,
  setUpPeople,
  stopBackground,
} from './extension';

/**
 * Nothing typed is lost when the card goes away, whichever way it goes: its own badge,
 * another event's badge, Esc on the page, the tab closing, the extension updating, and the
 * first keystroke having to wake a background that had gone to sleep. The profile blocks
 * third-party cookies (calendar-app's `test`), so the card's frame has no storage of its own:
 * every word must reach the store through the background.
 */

const TYPED = 'Raise the promotion case before the calibration meeting';

interface Meeting {
  id: string;
  title: string;
  notes: string;
}

async function openCard(page: Page, title = 'Dana / Sam'): Promise<Frame> {
  await badgeOf(page, 'google', title).click();
  const frame = await prepFrame(page);
  await frame.getByRole('textbox', { name: 'Notes for this meeting' }).waitFor();
  return frame;
}

async function calendarWithCard(context: BrowserContext, extensionId: string) {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  await serveCalendar(context, 'google', 'tests/fixtures/google/week.html');
  const page = await context.newPage();
  await page.goto(GOOGLE_WEEK);
  await expect
    .poll(() => badgedTitles(page, 'google'))
    .toEqual(expect.arrayContaining(['Ana / Sam mentoring', 'Dana / Sam']));
  return { page, frame: await openCard(page) };
}

/**
 * A burst of typing: the first words, then the rest a moment later (each an input event, as a
 * keystroke is), so the last value is still waiting for the first one's write when the card goes.
 */
async function typeNotes(frame: Frame, text = TYPED): Promise<void> {
  const notes = frame.getByRole('textbox', { name: 'Notes for this meeting' });
  await notes.fill(text.slice(0, 12));
  await notes.fill(text);
}

/** The notes stored for the Dana 1:1. */
async function storedNotes(context: BrowserContext, extensionId: string): Promise<string | undefined> {
  // Right after an update the extension's pages are briefly unavailable: the poll asks again.
  const all = await readStoreFromPage<Meeting>(context, extensionId, 'meetings').catch(() => []);
  return all.find((meeting) => meeting.title === 'Dana / Sam')?.notes;
}

/**
 * The background is busy for a while (a long task on a loaded machine): the first word's write
 * waits there, and what is typed next waits behind it in the card when the card goes away.
 */
async function keepBackgroundBusy(context: BrowserContext, ms: number): Promise<void> {
  const worker = await serviceWorkerOf(context);
  void worker
    .evaluate((busyFor) => {
      const until = Date.now() + busyFor;
      while (Date.now() < until) {
        // a long task: the worker answers nothing meanwhile
      }
    }, ms)
    .catch(() => undefined);
  // The long task has begun once a second evaluate has to wait for it: start one and move on.
  await new Promise((done) => setTimeout(done, 50));
}

const ROUTES: { route: string; close: (page: Page) => Promise<void> }[] = [
  { route: 'its own badge', close: (page) => badgeOf(page, 'google', 'Dana / Sam').click() },
  { route: "another event's badge", close: (page) => badgeOf(page, 'google', 'Ana / Sam mentoring').click() },
  {
    route: 'Esc on the page',
    close: async (page) => {
      await badgeOf(page, 'google', 'Dana / Sam').focus();
      await page.keyboard.press('Escape');
    },
  },
  { route: 'closing the tab', close: (page) => page.close() },
  {
    route: 'the page removing the card',
    close: (page) => page.evaluate(() => document.querySelector('upward-prep')?.remove()),
  },
];

for (const { route, close } of ROUTES) {
  test(`closed by ${route} while a write waits on a busy background: every word is stored`, async ({
    context,
    extensionId,
  }) => {
    const { page, frame } = await calendarWithCard(context, extensionId);
    await keepBackgroundBusy(context, 1500);
    await typeNotes(frame);
    await close(page);
    await expect.poll(() => storedNotes(context, extensionId), { timeout: 15_000 }).toBe(TYPED);
  });
}

test('the first keystroke has to wake a sleeping background, and the badge closes the card: every word is stored', async ({
  context,
  extensionId,
}) => {
  const { page, frame } = await calendarWithCard(context, extensionId);
  await stopBackground(context, extensionId);
  await typeNotes(frame);
  await badgeOf(page, 'google', 'Dana / Sam').click();
  await expect.poll(() => cardIsOpen(page)).toBe(false);
  await expect.poll(() => storedNotes(context, extensionId), { timeout: 15_000 }).toBe(TYPED);
});

test('closed by an extension update while a write waits on a busy background: every word is stored', async ({
  context,
  extensionId,
  profileDir,
}) => {
  const { page, frame } = await calendarWithCard(context, extensionId);
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await keepBackgroundBusy(context, 2000);
  await typeNotes(frame);
  // The update: the browser unloads the extension (worker, frames, pending messages) at once.
  await settings
    .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
    .catch(() => undefined);
  await expect.poll(() => cardIsOpen(page)).toBe(false);
  // An unpacked extension does not come back by itself here: start the browser again, as after an update.
  await context.close();
  const again = await launchWithExtension(profileDir);
  try {
    const id = new URL((await serviceWorkerOf(again)).url()).host;
    await expect.poll(() => storedNotes(again, id), { timeout: 15_000 }).toBe(TYPED);
  } finally {
    await again.close();
  }
});
