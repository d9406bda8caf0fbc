import type { Page } from '@playwright/test';
import {
  badgedTitles,
  badgeOf,
  cardIsOpen,
  focusedThing,
  GOOGLE_WEEK,
  prepFrame,
  serveCalendar,
  test,
} from './calendar-app';
import { expect, SAMPLE_PEOPLE, setUpPeople } from './extension';

/**
 * A calendar page that acts, not only watches: it dispatches keys, navigates frames, removes
 * elements and measures them. None of that may close the card under the user, put the page's
 * own content inside Upward's card, leave the card half-open, or tell the page what is typed.
 */

async function openCardOnCalendar(page: Page) {
  await page.goto(GOOGLE_WEEK);
  await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
  await badgeOf(page, 'google', 'Dana / Sam').click();
  const frame = await prepFrame(page);
  await frame.getByRole('heading', { level: 1, name: '1:1 with Dana Reyes' }).waitFor();
  return frame;
}

test.beforeEach(async ({ context, extensionId }) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  await serveCalendar(context, 'google', 'tests/fixtures/google/week.html');
});

test('an Escape the page makes up does not close the card', async ({ context }) => {
  const page = await context.newPage();
  await openCardOnCalendar(page);
  await page.evaluate(() => {
    for (const target of [document, document.body, document.documentElement])
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
  });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await cardIsOpen(page)).toBe(true);
  // The user's own Escape, with focus on the page side, still closes it.
  await badgeOf(page, 'google', 'Dana / Sam').focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => cardIsOpen(page)).toBe(false);
});

test('the page cannot reach the card frame, and moving its host (which reloads the frame) closes the card', async ({
  context,
  consoleErrors,
}) => {
  const page = await context.newPage();
  await openCardOnCalendar(page);
  // In a closed shadow root the frame is not among window.frames: no handle to navigate or message it.
  expect(await page.evaluate(() => window.frames.length)).toBe(0);
  // What the page can do: move the host element, which makes the browser load the frame again.
  await page.evaluate(() => {
    const host = document.querySelector('upward-prep');
    if (host) document.body.append(host);
  });
  await expect.poll(() => cardIsOpen(page)).toBe(false);
  expect(await focusedThing(page)).toBe('badge');
  // Nothing is left half-open: the badge opens a fresh card.
  await badgeOf(page, 'google', 'Dana / Sam').click();
  await (await prepFrame(page)).getByRole('heading', { level: 1 }).waitFor();
  expect(consoleErrors).toEqual([]);
});

test('the page removing the card closes it cleanly, focus back on the badge', async ({ context }) => {
  const page = await context.newPage();
  await openCardOnCalendar(page);
  await page.evaluate(() => document.querySelector('upward-prep')?.remove());
  await expect.poll(() => focusedThing(page)).toBe('badge');
  await badgeOf(page, 'google', 'Dana / Sam').press('Enter');
  await (await prepFrame(page)).getByRole('heading', { level: 1 }).waitFor();
  expect(await cardIsOpen(page)).toBe(true);
});

test('the card does not resize as the user types, so its height tells the page nothing', async ({ context }) => {
  const page = await context.newPage();
  // Tall enough that the card is not already at its largest (80% of the viewport).
  await page.setViewportSize({ width: 1280, height: 2400 });
  const frame = await openCardOnCalendar(page);
  const hostHeight = () => page.evaluate(() => document.querySelector('upward-prep')?.getBoundingClientRect().height);
  const notes = frame.getByRole('textbox', { name: 'Notes for this meeting' });
  await notes.click();
  // Let the card settle at its size with focus in the notes.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  const heights = new Set([await hostHeight()]);
  for (let line = 1; line <= 12; line++) {
    await notes.press('Enter');
    await notes.pressSequentially(`line ${line}`);
    await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    heights.add(await hostHeight());
  }
  await expect(notes).toHaveValue(/line 12$/);
  expect([...heights]).toHaveLength(1);
});
