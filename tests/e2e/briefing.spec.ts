import { mkdirSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { demoCalendarHtml } from '../../demo/calendar.mjs';
import { sampleSeed } from '../../demo/seed.mjs';
import { seedThroughImport } from '../support/seed.mjs';
import { prepFrame, serveHtml, test } from './calendar-app';
import { expect } from './extension';

/**
 * The card as a briefing, in real Chromium with the demo's own data (demo/seed.mjs) on the demo
 * calendar: the brief first, Notes a few Tabs away, badges that help without hiding the title, one
 * count everywhere, and text that runs in its own direction. Screenshots land in test-results/briefing/.
 */

const SHOTS = 'test-results/briefing';
mkdirSync(SHOTS, { recursive: true });

const CALENDAR = 'https://calendar.google.com/calendar/u/0/r/week';

/** The demo's week: from Friday on the demo shows next week, as `npm run demo` does. */
function demoWeek(now = new Date()): Date {
  return now.getDay() >= 5 ? new Date(now.getTime() + 7 * 24 * 60 * 60_000) : now;
}

/** The demo calendar's chips carry their title in an aria-hidden span of their own. */
const demoBadge = (page: Page, title: string) =>
  page
    .locator('[data-eventchip]')
    .filter({ has: page.locator('span[aria-hidden="true"]', { hasText: title }) })
    .locator('upward-badge');

async function openDemoCalendar(context: BrowserContext, extensionId: string, scheme: 'light' | 'dark' = 'light') {
  await seedThroughImport(context, extensionId, sampleSeed());
  await serveHtml(context, 'https://calendar.google.com/**', demoCalendarHtml(new Date(), demoWeek()));
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(CALENDAR);
  await expect(demoBadge(page, 'Dana / Sam')).toHaveCount(1);
  return page;
}

async function openDanaCard(page: Page): Promise<Frame> {
  await demoBadge(page, 'Dana / Sam').click();
  const frame = await prepFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('1:1 with Dana Reyes');
  await expect(frame.getByRole('list', { name: 'To raise' }).getByRole('listitem')).toHaveCount(5);
  return frame;
}

test("with the demo data, the brief's four parts are within the card's first 500 px", async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const page = await openDemoCalendar(context, extensionId);
  const frame = await openDanaCard(page);
  console.log(
    await frame.evaluate(() =>
      [...document.querySelectorAll('.card-header *')]
        .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().width)}`)
        .join('\n'),
    ),
  );
  const tops = await frame.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? Infinity;
    const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
    return {
      width: document.documentElement.clientWidth,
      header: bottom('.card-header'),
      lastTime: top('#last-title'),
      toRaise: top('#raise-title'),
      them: top('#them-title'),
      themEnd: bottom('.them-now ul.quick-notes'),
    };
  });
  await page.screenshot({ path: `${SHOTS}/card-light.png` });
  await frame.evaluate(() => document.documentElement.scrollTo(0, 0));
  const full = page.locator('upward-prep');
  await full.screenshot({ path: `${SHOTS}/card-frame.png` });
  expect(tops.width).toBeLessThanOrEqual(380);
  // Each part starts (its heading is drawn) within the first 500 px, in the order of the brief.
  expect(tops.header).toBeLessThan(60);
  expect(tops.lastTime).toBeLessThan(tops.toRaise);
  expect(tops.toRaise).toBeLessThan(tops.them);
  expect(tops.them).toBeLessThan(500);
  await page.screenshot({ path: `${SHOTS}/card-light.png` });
  expect(consoleErrors).toEqual([]);
});
