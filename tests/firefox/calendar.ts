import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { CHIP, type Site } from '../support/app-page';
import { cardIsOpenInPage, focusedThingInPage } from '../support/in-page';

// What a calendar page in Firefox shows of Upward: badges, the card, focus. The page itself
// is opened (and served) by scripts/firefox.mjs, shared with the demo.

/** Titles of the chips carrying a badge, sorted. */
export function badgedTitles(page: Page, site: Site): Promise<string[]> {
  return page.evaluate(
    (chip) =>
      [...document.querySelectorAll(chip)]
        .filter((element) => element.querySelector('upward-badge'))
        .map((element) => element.querySelector('[aria-hidden="true"] span')?.textContent ?? '')
        .sort(),
    CHIP[site],
  );
}

/** Clicks the badge of the (first) chip titled `title`, at its centre, as a mouse user does. */
export async function clickBadge(page: Page, site: Site, title: string): Promise<void> {
  const badge = await page.evaluateHandle(
    (chip, wanted) =>
      [...document.querySelectorAll(chip)]
        .find((element) => element.querySelector('[aria-hidden="true"] span')?.textContent === wanted)
        ?.querySelector('upward-badge') ?? null,
    CHIP[site],
    title,
  );
  const element = badge.asElement() as ElementHandle<Element> | null;
  if (!element) throw new Error(`no badge on "${title}"`);
  await element.click();
}

/** Clicks the chip titled `title` near its top-left corner (not on the badge), as a mouse user does. */
export async function clickChip(page: Page, site: Site, title: string): Promise<void> {
  const box = await page.evaluate(
    (chip, wanted) =>
      [...document.querySelectorAll(chip)]
        .find((element) => element.querySelector('[aria-hidden="true"] span')?.textContent === wanted)
        ?.getBoundingClientRect()
        .toJSON() as DOMRect | undefined,
    CHIP[site],
    title,
  );
  if (!box) throw new Error(`no chip "${title}"`);
  await page.mouse.click(box.x + 10, box.y + 10);
}

/** Focuses the chip titled `title` (the calendar's own keyboard stop before the badge). */
export async function focusChip(page: Page, site: Site, title: string): Promise<void> {
  await page.evaluate(
    (chip, wanted) => {
      const found = [...document.querySelectorAll<HTMLElement>(chip)].find(
        (element) => element.querySelector('[aria-hidden="true"] span')?.textContent === wanted,
      );
      if (!found) throw new Error(`no chip "${wanted}"`);
      // Outlook's chip holds its own focusable button; Google's chip is the button.
      (found.querySelector<HTMLElement>('[role="button"]') ?? found).focus();
    },
    CHIP[site],
    title,
  );
}

/** A card is open (not merely kept ready). */
export function cardIsOpen(page: Page): Promise<boolean> {
  return page.evaluate(cardIsOpenInPage);
}

/** The card's "To raise" list, as its items read (they are text until clicked). */
export function itemsToRaise(card: Frame): Promise<string[]> {
  return card.evaluate(() =>
    [...document.querySelectorAll('[aria-label="To raise"] .item-text')].map((item) => item.textContent ?? ''),
  );
}

/** What has focus on the page: a badge host, the card's host, or the tag name. */
export function focusedThing(page: Page): Promise<string> {
  return page.evaluate(focusedThingInPage);
}

export { openCalendar, prepFrame } from '../../scripts/firefox.mjs';
