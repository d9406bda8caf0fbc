import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { CHIP, type Site } from '../support/app-page';
import type { Firefox } from './firefox';
import { poll } from './poll';

/**
 * A calendar page in Firefox: the saved fixture served in place of the real site (request
 * interception answers https://calendar.google.com/… itself: no server, no certificate, no
 * network), and what the page shows of Upward.
 */

const SITE_ORIGINS = [
  'https://calendar.google.com/',
  'https://outlook.office.com/',
  'https://outlook.cloud.microsoft/',
];

export interface CalendarOptions {
  url: string;
  /** The document every calendar URL answers with. */
  html: string;
  /** A script the page runs before its own (a hostile page's spy). */
  beforeLoad?: string;
}

/** Opens a tab on the calendar, answering every calendar request with `html`; anything else is refused. */
export async function openCalendar(firefox: Firefox, options: CalendarOptions): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (SITE_ORIGINS.some((origin) => url.startsWith(origin))) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: options.html });
    } else if (/^(moz-extension|data|blob|about):/.test(url)) {
      void request.continue();
    } else {
      void request.abort();
    }
  });
  if (options.beforeLoad) await page.evaluateOnNewDocument(options.beforeLoad);
  await page.goto(options.url);
  return page;
}

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

/**
 * The open prep card's frame. It lives in a closed shadow root and BiDi lists it as
 * about:blank, so each frame is asked where it is.
 */
export async function prepFrame(page: Page): Promise<Frame> {
  const frame = await poll(
    async () => {
      for (const candidate of page.frames()) {
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        const ready = await candidate.evaluate(() => !!document.querySelector('h1')).catch(() => false);
        if (href.includes('/prep.html') && ready) return candidate;
      }
      return undefined;
    },
    { what: 'the prep card to open' },
  );
  return frame;
}

export function cardIsOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => !!document.querySelector('upward-prep'));
}

/** What has focus on the page: a badge host, the card's host, or the tag name. */
export function focusedThing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'none';
    if (active.tagName === 'UPWARD-BADGE') return 'badge';
    if (active.tagName === 'UPWARD-PREP') return 'card';
    return active.tagName.toLowerCase();
  });
}
