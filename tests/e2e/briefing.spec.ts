import { mkdirSync } from 'node:fs';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { demoCalendarHtml, weekToShow } from '../../demo/calendar.mjs';
import { sampleSeed } from '../../demo/seed.mjs';
import { googleEventIdentity } from '../../lib/calendar/google-id';
import { seedThroughImport } from '../support/seed.mjs';
import { openCardHost, prepFrame, recordCardBoxes, serveHtml, test } from './calendar-app';
import { expect } from './extension';

/**
 * The card as a briefing, in real Chromium with the demo's own data (demo/seed.mjs) on the demo
 * calendar: the brief first, Notes a few Tabs away, badges that help without hiding the title, one
 * count everywhere, and text that runs in its own direction. Screenshots land in test-results/briefing/.
 */

const SHOTS = 'test-results/briefing';
mkdirSync(SHOTS, { recursive: true });

const CALENDAR = 'https://calendar.google.com/calendar/u/0/r/week';

/** The demo calendar's chips carry their title in an aria-hidden span of their own. */
const demoBadge = (page: Page, title: string) =>
  page
    .locator('[data-eventchip]')
    .filter({ has: page.locator('span[aria-hidden="true"]', { hasText: title }) })
    .locator('upward-badge');

async function openDemoCalendar(context: BrowserContext, extensionId: string, scheme: 'light' | 'dark' = 'light') {
  await seedThroughImport(context, extensionId, sampleSeed());
  await serveHtml(context, 'https://calendar.google.com/**', demoCalendarHtml(new Date(), weekToShow(new Date())));
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
  const tops = await frame.evaluate(() => {
    const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? Infinity;
    const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
    return {
      width: document.documentElement.clientWidth,
      header: bottom('.card-header'),
      lastTime: top('#last-title'),
      toRaise: top('#raise-title'),
      them: top('#them-title'),
    };
  });
  await openCardHost(page).screenshot({ path: `${SHOTS}/card-light.png` });
  expect(tops.width).toBeLessThanOrEqual(380);
  // Each part starts (its heading is drawn) within the first 500 px, in the order of the brief.
  expect(tops.header).toBeLessThan(60);
  expect(tops.lastTime).toBeLessThan(tops.toRaise);
  expect(tops.toRaise).toBeLessThan(tops.them);
  expect(tops.them).toBeLessThan(500);
  await page.screenshot({ path: `${SHOTS}/calendar-with-card-light.png` });
  expect(consoleErrors).toEqual([]);
});

test('Tab from the first item reaches Notes in at most 12 steps; Alt+N gets there in one', async ({
  context,
  extensionId,
}) => {
  const page = await openDemoCalendar(context, extensionId);
  const frame = await openDanaCard(page);
  const first = frame.getByRole('list', { name: 'To raise' }).locator('.item-text').first();
  await first.focus();
  let steps = 0;
  const onNotes = () => frame.evaluate(() => document.activeElement?.id === 'meeting-notes');
  while (!(await onNotes()) && steps < 40) {
    await page.keyboard.press('Tab');
    steps++;
  }
  console.log(`Tab presses from the first item to Notes: ${steps}`);
  expect(await onNotes()).toBe(true);
  expect(steps).toBeLessThanOrEqual(12);
  // One key from anywhere outside a text box.
  await first.focus();
  await page.keyboard.press('Alt+KeyN');
  expect(await onNotes()).toBe(true);
});

test('the card in dark, at 200% zoom (docked full height), in a tab, and with a mentor', async ({
  context,
  extensionId,
  consoleErrors,
}) => {
  const page = await openDemoCalendar(context, extensionId, 'dark');
  let frame = await openDanaCard(page);
  // (The card kept ready was told its meeting, not given it in its URL: the chip says which.)
  const chipId = await page.locator('[data-eventchip]', { hasText: 'Dana / Sam' }).first().getAttribute('data-eventid');
  const meetingId = googleEventIdentity(chipId ?? '').id;
  await openCardHost(page).screenshot({ path: `${SHOTS}/card-dark.png` });
  await page.keyboard.press('Escape');

  // 200% zoom on a 1280×800 screen: the page is 640×400 CSS px. The card docks at the edge, full
  // height; its header stays one line, and the brief still leads.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 640, height: 400 });
  frame = await openDanaCard(page);
  const host = await openCardHost(page).boundingBox();
  expect(host).toMatchObject({ y: 8, height: 400 - 16 });
  expect(Math.round((host?.x ?? 0) + (host?.width ?? 0))).toBe(640 - 8);
  const header = await frame.locator('.card-header').boundingBox();
  expect(header?.height).toBeLessThan(48);
  expect(
    await frame
      .locator('#last-title')
      .boundingBox()
      .then((box) => box?.y),
  ).toBeLessThan(80);
  await page.screenshot({ path: `${SHOTS}/card-zoom-200.png` });
  await page.keyboard.press('Escape');

  // The tab version uses the width: the brief on the left, the context on the right.
  const tab = await context.newPage();
  await tab.setViewportSize({ width: 1280, height: 900 });
  await tab.goto(`chrome-extension://${extensionId}/prep.html?meeting=${encodeURIComponent(meetingId)}&mode=tab`);
  await expect(tab.getByRole('heading', { name: 'To raise (5)' })).toBeVisible();
  const brief = await tab.locator('.brief').boundingBox();
  const context_ = await tab.locator('.tools').boundingBox();
  expect(brief && context_ && context_.x > brief.x + brief.width - 1).toBe(true);
  expect(Math.abs((brief?.y ?? 0) - (context_?.y ?? 0))).toBeLessThan(40);
  await expect(tab.getByRole('list', { name: 'Ideas to ask' })).toBeVisible();
  await tab.screenshot({ path: `${SHOTS}/card-tab.png` });

  // A mentor: words for learning from someone, not for a manager.
  await page.setViewportSize({ width: 1280, height: 800 });
  const boxes = await recordCardBoxes(page);
  await demoBadge(page, 'Mentoring: Ana / Sam').click();
  frame = await prepFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('1:1 with Ana María Núñez');
  // The card kept ready was told Ana's 1:1 only as the pointer reached her badge, a moment before
  // the click, and had another's size: it shows once it has drawn hers, where it stays. (It used
  // to show at the old size and jump 180 px up when its size came, up to a second later, under
  // the pointer: a click in that second could land on the calendar.)
  await page.waitForTimeout(1000);
  expect(await boxes()).toHaveLength(1);
  const text = await frame.locator('main').innerText();
  expect(text).not.toMatch(/disappointed|to do your best work/);
  await frame.getByText('Question ideas').click();
  await expect(frame.getByRole('list', { name: 'Ideas to ask' })).toContainText(/.+/);
  expect(await frame.getByRole('list', { name: 'Ideas to ask' }).innerText()).not.toMatch(/Hard to say|Under pressure/);
  await openCardHost(page).screenshot({ path: `${SHOTS}/card-mentor.png` });
  expect(consoleErrors).toEqual([]);
});

test('a need written in Hebrew reads right to left, its question mark where it belongs', async ({
  context,
  extensionId,
}) => {
  const page = await openDemoCalendar(context, extensionId);
  const frame = await openDanaCard(page);
  const hebrew = 'תגידי לי מוקדם כשאת מאוכזבת מהעבודה שלי?';
  const add = frame.getByRole('textbox', { name: 'Add to raise' });
  await add.fill(hebrew);
  await add.press('Enter');
  const item = frame.getByRole('list', { name: 'To raise' }).locator('.item-text', { hasText: 'מוקדם' });
  await expect(item).toHaveText(hebrew);
  const layout = await item.evaluate((element) => {
    const text = element.firstChild as Text;
    const at = (from: number) => {
      const range = document.createRange();
      range.setStart(text, from);
      range.setEnd(text, from + 1);
      return range.getBoundingClientRect();
    };
    return {
      direction: getComputedStyle(element).direction,
      first: at(0).left,
      mark: at(text.length - 1).left,
    };
  });
  // The first letter on the right, the question mark at the left end, as Hebrew is read.
  expect(layout.direction).toBe('rtl');
  expect(layout.mark).toBeLessThan(layout.first);
  // The add box and the notes run in the text's own direction too.
  expect(await add.getAttribute('dir')).toBe('auto');
  await frame.getByRole('textbox', { name: 'Notes for this meeting' }).fill('שלום, להתחיל במשהו אנושי');
  await openCardHost(page).screenshot({ path: `${SHOTS}/card-hebrew.png` });
});

const COLOURS = [
  'peacock',
  'sage',
  'basil',
  'lavender',
  'grape',
  'banana',
  'tangerine',
  'flamingo',
  'graphite',
  'blueberry',
];

/** WCAG contrast of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
    const channel = (c: number) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`badges, ${scheme}: 24×24, clear of the title at 100% and 200%, at least 3:1 on every event colour`, async ({
    context,
    extensionId,
  }) => {
    const page = await openDemoCalendar(context, extensionId, scheme);
    // The same 1:1 on every colour the calendar offers: copies of its chip, one per colour.
    await page.evaluate((colours) => {
      const chip = [...document.querySelectorAll('[data-eventchip]')].find((c) =>
        c.textContent?.includes('Dana / Sam'),
      );
      if (!chip) throw new Error('no Dana chip');
      colours.forEach((colour, index) => {
        const copy = chip.cloneNode(true) as HTMLElement;
        copy.querySelector('upward-badge')?.remove();
        copy.className = copy.className.replace(/\bc-\w+/, `c-${colour}`);
        copy.style.top = `${index * 34}px`;
        copy.dataset.colour = colour;
        chip.parentElement?.append(copy);
      });
    }, COLOURS);
    await expect(page.locator('[data-colour] upward-badge')).toHaveCount(COLOURS.length);
    await page.waitForTimeout(300);

    for (const size of [
      { zoom: '100%', width: 1280, height: 800 },
      { zoom: '200%', width: 640, height: 400 },
    ]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(200);
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-eventchip]:has(upward-badge)')].map((chip) => {
          const badge = chip.querySelector('upward-badge') as HTMLElement;
          const b = badge.getBoundingClientRect();
          // The title's text as drawn: its glyphs, cut to the box they are clipped to (ellipsis).
          const title = chip.querySelector('span[aria-hidden="true"]') as HTMLElement;
          const range = document.createRange();
          range.selectNodeContents(title);
          const glyphs = range.getBoundingClientRect();
          const box = title.getBoundingClientRect();
          const style = getComputedStyle(title);
          const contentRight =
            box.right - Number.parseFloat(style.paddingRight) - Number.parseFloat(style.borderRightWidth);
          const text = {
            left: glyphs.left,
            right: Math.min(glyphs.right, contentRight),
            top: glyphs.top,
            bottom: glyphs.bottom,
          };
          // Drawn area in common (a title ellipsised to nothing in a very narrow chip has none).
          const overlaps =
            Math.min(text.right, b.right) - Math.max(text.left, b.left) > 0 &&
            Math.min(text.bottom, b.bottom) - Math.max(text.top, b.top) > 0;
          return {
            colour: chip.dataset.colour ?? 'original',
            width: b.width,
            height: b.height,
            overlaps,
            chip: getComputedStyle(chip).backgroundColor,
            on: badge.getAttribute('data-on'),
          };
        }),
      );
      expect(boxes.length).toBeGreaterThanOrEqual(COLOURS.length);
      for (const box of boxes) {
        expect(box.width, `${box.colour} at ${size.zoom}`).toBeGreaterThanOrEqual(24);
        expect(box.height, `${box.colour} at ${size.zoom}`).toBeGreaterThanOrEqual(24);
        expect(box.overlaps, `${box.colour} at ${size.zoom}: the badge covers the title`).toBe(false);
        // The badge is dark (#1f1f1f) on a light chip and white on a dark one (lib/content/badges.ts).
        const fill = box.on === 'dark' ? 'rgb(255, 255, 255)' : 'rgb(31, 31, 31)';
        expect(contrast(fill, box.chip), `${box.colour} (${box.chip}) in ${scheme}`).toBeGreaterThanOrEqual(3);
      }
      await page.screenshot({ path: `${SHOTS}/badges-${scheme}-${size.zoom.replace('%', '')}.png` });
    }
  });
}
