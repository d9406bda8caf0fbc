import type { Page } from 'puppeteer-core';
import { appPage, GOOGLE_WEEK } from '../support/app-page';
import { SAMPLE_PEOPLE } from '../support/people';
import {
  badgedTitles,
  cardIsOpen,
  clickBadge,
  clickChip,
  focusChip,
  focusedThing,
  itemsToRaise,
  openCalendar,
  prepFrame,
} from './calendar';
import { twins } from './chromium-twin';
import { click, press, typeInto } from './dom';
import { setUpPeople } from './extension';
import { expect, test } from './session';

const NEED = 'Tell me early when my work disappoints you';

/** What the calendar app itself opened (its own event dialog), by event title. */
const appDialogs = (page: Page) => page.evaluate(() => (window as unknown as { __appDialogs: string[] }).__appDialogs);

test('the card opens from a badge by mouse and by keyboard, beside its event, and a need saved in it is there when it reopens', {
  tag: '@smoke',
  ...twins(
    'badges on google › a badge opens the card beside its event; a normal click on the event opens the calendar dialog',
    'the card on the calendar page › opens from the keyboard, takes focus, and Esc gives focus back to the badge',
    'the card on the calendar page › a need added in the card is there when it reopens',
  ),
}, async ({ firefox }) => {
  await setUpPeople(firefox, SAMPLE_PEOPLE.slice(0, 1));
  const page = await openCalendar(firefox, { url: GOOGLE_WEEK, html: appPage('tests/fixtures/google/week.html') });
  await expect.poll(() => badgedTitles(page, 'google')).toEqual(['Dana / Sam']);

  // By mouse: the card opens beside the event, and the calendar's own dialog does not.
  await clickBadge(page, 'google', 'Dana / Sam');
  let frame = await prepFrame(page);
  const src = new URL(await frame.evaluate(() => location.href));
  // The card kept ready on the page (loaded for no meeting, named by its host) was told which
  // one through the background; its heading below says it shows that one.
  expect(src.searchParams.get('frame')).toMatch(/^[0-9a-f-]{36}$/);
  expect(src.searchParams.get('scheme')).toBe('light');
  expect(await appDialogs(page)).toEqual([]);
  const boxes = await page.evaluate(() => {
    const box = (element: Element | null | undefined) => element?.getBoundingClientRect().toJSON();
    const badge = document.querySelector('upward-badge');
    return { card: box(document.querySelector('upward-prep:not([data-ready])')), event: box(badge?.parentElement) };
  });
  const { card, event } = boxes;
  expect(card && event && (card.x >= event.x + event.width || card.x + card.width <= event.x)).toBe(true);
  expect(card?.width).toBeGreaterThanOrEqual(300);
  // The card reads its meeting through the background; until then its heading is "Upward prep".
  await expect.poll(() => frame.evaluate(() => document.querySelector('h1')?.textContent)).toBe('1:1 with Dana Reyes');

  // The card sized its frame to its content (asking its host through the background).
  const misfit = async () => {
    const host = await page.evaluate(
      () => document.querySelector('upward-prep:not([data-ready])')?.getBoundingClientRect().height ?? 0,
    );
    const content = await frame.evaluate(() => document.querySelector('main')?.getBoundingClientRect().height ?? 0);
    const tallest = Math.floor((await page.evaluate(() => innerHeight)) * 0.8);
    return Math.round(host) - Math.min(Math.ceil(content), tallest);
  };
  await expect.poll(misfit).toBe(0);

  await typeInto(frame, 'Add to raise', NEED);
  await press(frame, 'Enter');
  await expect.poll(() => itemsToRaise(frame)).toEqual([NEED]);
  await click(frame, 'Close prep card');
  await expect.poll(() => cardIsOpen(page)).toBe(false);

  // By keyboard: Tab from the event to its badge, Enter; focus goes into the card; Esc brings it back.
  await focusChip(page, 'google', 'Dana / Sam');
  await press(page, 'Tab');
  expect(await focusedThing(page)).toBe('badge');
  await press(page, 'Enter');
  frame = await prepFrame(page);
  await expect.poll(() => focusedThing(page)).toBe('card');
  expect(await appDialogs(page)).toEqual([]);
  // The need saved a moment ago is there.
  await expect.poll(() => itemsToRaise(frame)).toEqual([NEED]);
  await press(page, 'Escape');
  await expect.poll(() => cardIsOpen(page)).toBe(false);
  expect(await focusedThing(page)).toBe('badge');

  // A normal click on the event still opens the calendar's own dialog.
  await clickChip(page, 'google', 'Team sync');
  await clickChip(page, 'google', 'Dana / Sam');
  expect(await appDialogs(page)).toEqual(['Team sync', 'Dana / Sam']);
});
