import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Frame, Locator, Page } from '@playwright/test';
import { SITES } from '../../lib/calendar/sites';
import { appPage, CHIP, type Site } from '../support/app-page';
import { cardIsOpenInPage, focusedThingInPage } from '../support/in-page';
import { test as base, expect, launchWithExtension } from './extension';

export {
  appHtml,
  appPage,
  CHIP,
  GOOGLE_WEEK,
  OUTLOOK_WEEK,
  type Site,
  soonOneOnOnePage,
} from '../support/app-page';

/**
 * The strictest cookie setting a user can choose: third-party cookies blocked. Then an
 * extension frame inside a web page is refused IndexedDB, which is why the prep card never
 * opens it and works through the background instead. Set explicitly so the tests prove the
 * card under that setting whatever a Chromium build's default is.
 */
export function blockThirdPartyCookies(profileDir: string): void {
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  const preferences = {
    profile: { cookie_controls_mode: 1, block_third_party_cookies: true },
  };
  writeFileSync(join(profileDir, 'Default', 'Preferences'), JSON.stringify(preferences));
}

/** The shared fixtures, with a profile that blocks third-party cookies (and so the frame's own storage). */
export const test = base.extend({
  context: async ({ profileDir }, use) => {
    blockThirdPartyCookies(profileDir);
    const context = await launchWithExtension(profileDir);
    await use(context);
    await context.close();
  },
});

/** Serves a fixture as the calendar app at every URL of the site. */
export async function serveCalendar(context: BrowserContext, site: Site, fixturePath: string): Promise<void> {
  const pattern = `https://${SITES[site].hosts[0]}/**`;
  const body = appPage(fixturePath);
  await context.route(pattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The chip(s) whose visible title is exactly `title`. */
export function chip(page: Page, site: Site, title: string): Locator {
  return page
    .locator(CHIP[site])
    .filter({ has: page.locator('[aria-hidden="true"] span', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) });
}

export function badgeOf(page: Page, site: Site, title: string): Locator {
  return chip(page, site, title).locator('upward-badge');
}

/** Titles of the chips carrying a badge, sorted. */
export async function badgedTitles(page: Page, site: Site): Promise<string[]> {
  const titles = await page
    .locator(`${CHIP[site]}:has(upward-badge)`)
    .evaluateAll((chips) => chips.map((c) => c.querySelector('[aria-hidden="true"] span')?.textContent ?? ''));
  return titles.sort();
}

/**
 * The open prep card's frame, once it has loaded. The page may hold two prep frames: the open
 * card, and the card kept ready, hidden (`data-ready` on its host); a card that opened by itself
 * has a frame of its own beside the one kept ready.
 */
export async function prepFrame(page: Page): Promise<Frame> {
  let open: Frame | undefined;
  await expect
    .poll(async () => {
      open = undefined;
      for (const frame of page.frames().filter((f) => f.url().includes('/prep.html'))) {
        const element = await frame.frameElement().catch(() => null);
        const shown = await element
          ?.evaluate((iframe) => !((iframe.getRootNode() as ShadowRoot).host?.hasAttribute('data-ready') ?? true))
          .catch(() => false);
        if (shown) open = frame;
      }
      return open !== undefined;
    })
    .toBe(true);
  const frame = open as Frame;
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

/**
 * Starts recording, on each of the page's animation frames, where the open card shows: one entry
 * per box it shows at ("left,top width×height"). Returns a reader.
 */
export async function recordCardBoxes(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const boxes: string[] = [];
    Object.assign(window, { upwardCardBoxes: boxes });
    const look = () => {
      const shown = document.querySelector('upward-prep:not([data-ready])')?.getBoundingClientRect();
      const box =
        shown &&
        `${Math.round(shown.left)},${Math.round(shown.top)} ${Math.round(shown.width)}×${Math.round(shown.height)}`;
      if (box && box !== boxes.at(-1)) boxes.push(box);
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  return () => page.evaluate(() => (window as unknown as { upwardCardBoxes: string[] }).upwardCardBoxes);
}

/** The open card's host on the page (the card kept ready, `data-ready`, is hidden beside it). */
export const openCardHost = (page: Page) => page.locator('upward-prep:not([data-ready])');

/** A card is open (not merely kept ready). */
export function cardIsOpen(page: Page): Promise<boolean> {
  return page.evaluate(cardIsOpenInPage);
}

/**
 * Accessible names of the page's buttons as Chromium exposes them to assistive technology.
 * The badges live in closed shadow roots, which selectors cannot enter; the accessibility tree
 * is what users of screen readers get, so it is the better thing to check anyway.
 */
export async function accessibleButtons(page: Page, cdp?: CDPSession): Promise<string[]> {
  const session = cdp ?? (await page.context().newCDPSession(page));
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[];
  };
  return nodes
    .filter((node) => !node.ignored && node.role?.value === 'button')
    .map((node) => String(node.name?.value ?? ''));
}

/** What has focus on the page: a badge host, a chip's title, or the tag name. */
export function focusedThing(page: Page): Promise<string> {
  return page.evaluate(focusedThingInPage);
}

/** Serves one HTML document at every URL matching the pattern. */
export async function serveHtml(context: BrowserContext, pattern: string, body: string): Promise<void> {
  await context.route(pattern, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
  );
}
