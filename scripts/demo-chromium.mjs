// The demo in Chromium (`npm run demo [-- --fresh]`; scripts/demo.mjs has set up and built):
// Upward on a bundled demo Google Calendar week (no account, no network), with sample data
// seeded or, with `--fresh`, none (the welcome sets it up). With a display it stays open for
// you to click around; without one it runs headless, writes screenshots to demo-output/ and
// prints where they are.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { demoCalendarHtml } from '../demo/calendar.mjs';
import { walkWelcome } from '../demo/fresh.mjs';
import { seedSampleData } from '../demo/seed.mjs';
import { CHROMIUM, chromiumArgs, closeWelcome } from './chromium.mjs';
import {
  CALENDAR_URL,
  DemoError,
  HEADLESS,
  HEADLESS_LIMIT_MS,
  OUTPUT_DIR,
  ROOT,
  recognisedOneOnOnes,
  screenshotPaths,
  step,
  weekToShow,
  whatTheShotsShow,
} from './demo-common.mjs';

const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** `--fresh`: no sample data; the welcome page and the calendar's suggestions set Upward up. */
const FRESH = process.argv.includes('--fresh');

/** Opens the prep card from the "Dana / Sam" badge and waits until it shows its content. */
async function openDanaCard(page) {
  const badge = page.locator('[data-eventchip]', { hasText: 'Dana / Sam' }).locator('upward-badge').first();
  await badge.waitFor({ timeout: 10_000 });
  await badge.click();
  const deadline = Date.now() + 10_000;
  const findFrame = () => page.frames().find((f) => f.url().includes('/prep.html'));
  let frame = findFrame();
  while (!frame) {
    if (Date.now() > deadline) throw new DemoError('The prep card did not open from the badge.');
    await page.waitForTimeout(50);
    frame = findFrame();
  }
  await frame.waitForSelector('h1', { timeout: 10_000 });
  await page.waitForTimeout(600);
}

async function closeCard(page) {
  await page.locator('upward-badge').first().focus();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('upward-prep:not([data-ready])'));
}

function launch(profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: HEADLESS,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(EXTENSION_DIR),
  });
}

async function serviceWorkerOf(context) {
  const existing = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { timeout: 15_000 });
  } catch {
    throw new DemoError(`Upward's service worker did not start within 15 s. Is ${EXTENSION_DIR} a complete build?`);
  }
}

/** Opens an extension page at a size, waits for it to render, screenshots it. */
async function shootExtensionPage(context, url, size, file) {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.goto(url, { waitUntil: 'load' });
  // The pages render from IndexedDB: wait until they stop saying "loading".
  await page
    .waitForFunction(
      () => !document.querySelector('[aria-busy="true"]') && (document.body.textContent ?? '').trim() !== '',
      null,
      {
        timeout: 5_000,
      },
    )
    .catch(() => {});
  await page.waitForTimeout(300);
  await page.screenshot({ path: file });
  await page.close();
}

/** The week a calendar URL asks for (`/r/week/YYYY/M/D`), else the demo's default week. */
function weekOf(url, now) {
  const found = /\/r\/week\/(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(new URL(url).pathname);
  return found ? new Date(Number(found[1]), Number(found[2]) - 1, Number(found[3])) : weekToShow(now);
}

/** This week's and next week's calendar URLs, with their dates, as Google writes them. */
function weekUrls(now) {
  return [0, 7].map((days) => {
    const day = weekToShow(now);
    day.setDate(day.getDate() + days);
    return `${CALENDAR_URL}/${day.getFullYear()}/${day.getMonth() + 1}/${day.getDate()}`;
  });
}

export async function chromiumDemo() {
  const profileDir = mkdtempSync(join(tmpdir(), 'upward-demo-'));
  const cleanUp = () => rmSync(profileDir, { recursive: true, force: true });
  let context;
  let watchdog;
  try {
    step(`Opening Chromium ${HEADLESS ? 'headless (no $DISPLAY)' : 'with a window'}`);
    context = await launch(profileDir);
    if (HEADLESS) {
      watchdog = setTimeout(() => {
        console.error(`\nnpm run demo: gave up after ${HEADLESS_LIMIT_MS / 1000} s; something is stuck.`);
        context?.close().catch(() => {});
        cleanUp();
        process.exit(1);
      }, HEADLESS_LIMIT_MS);
      watchdog.unref();
    }

    const problems = [];
    context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
    context.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });

    const worker = await serviceWorkerOf(context);
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`service worker: ${message.text()}`);
    });
    const extensionId = new URL(worker.url()).host;

    step(`Serving the demo calendar at ${CALENDAR_URL}`);
    await context.route('https://calendar.google.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: demoCalendarHtml(new Date(), weekOf(route.request().url(), new Date())),
      }),
    );
    if (FRESH) {
      await freshDemo(context, extensionId, problems);
      return;
    }

    step('Seeding sample data (Sam Patel; manager Dana Reyes, skip-level Lee Okafor, mentor Ana María Núñez)');
    const written = await seedSampleData(context, extensionId).catch((error) => {
      throw new DemoError(`Seeding sample data failed: ${error.message}`);
    });
    console.log(`  ${written} records written.`);
    // The welcome page opened on install; with sample data seeded it has nothing to do.
    await closeWelcome(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(CALENDAR_URL, { waitUntil: 'load' });

    if (!HEADLESS) {
      console.log(`
The demo calendar is open in Chromium, with Upward installed and sample data seeded.
  • Click the Upward toolbar button (puzzle piece → pin Upward) to jot a quick note.
  • Right-click it → Options to see the people, needs and questions.
  • The "Dana / Sam" 1:1 is on Tuesday at 3pm: its badge (↑, top right) opens the prep card beside it.
    "Team sync" and "Lunch with Dana's team" are traps and get no badge.
The profile is temporary. Close the browser window (or press Ctrl+C) to end the demo.`);
      await new Promise((resolveClosed) => {
        context.on('close', resolveClosed);
        process.once('SIGINT', () => context.close().catch(() => {}));
        process.once('SIGTERM', () => context.close().catch(() => {}));
      });
      return;
    }

    // Give the content script time to read the page.
    await page.waitForTimeout(1_500);
    step('What Upward recognised on this calendar');
    for (const line of await recognisedOneOnOnes(worker)) console.log(`  ${line}`);
    const shots = screenshotPaths();

    step('Taking screenshots');
    // The card takes the page's scheme when it opens: open it once per scheme.
    await page.emulateMedia({ colorScheme: 'light' });
    await openDanaCard(page);
    await page.screenshot({ path: shots.calendar });
    await closeCard(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    await openDanaCard(page);
    await page.screenshot({ path: shots.calendarDark });
    await closeCard(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await shootExtensionPage(
      context,
      `chrome-extension://${extensionId}/popup.html`,
      { width: 380, height: 600 },
      shots.popup,
    );
    await shootExtensionPage(
      context,
      `chrome-extension://${extensionId}/options.html`,
      { width: 900, height: 900 },
      shots.options,
    );

    await context.close();
    context = undefined;

    console.log(whatTheShotsShow(shots, 'Chromium'));
    if (problems.length) {
      console.log(`\nErrors reported by the pages while the demo ran:\n  ${problems.join('\n  ')}`);
    }
  } finally {
    clearTimeout(watchdog);
    if (context) await context.close().catch(() => {});
    cleanUp();
  }
}

/** `--fresh`: the welcome flow on the demo calendar, from install to the badges. */
async function freshDemo(context, extensionId, problems) {
  const [thisWeek, nextWeek] = weekUrls(new Date());
  if (!HEADLESS) {
    const calendar = await context.newPage();
    await calendar.goto(thisWeek, { waitUntil: 'load' });
    console.log(`
Upward is installed with no data. Its welcome page opened by itself, and the demo calendar
(no account, no network) is in the next tab. Go back to the welcome tab: it fills in who you
are from the calendar's account button and suggests the people you have 1:1s with. Add one and
the calendar badges their 1:1s. Open next week (${nextWeek}) too: a 1:1 seen a week apart reads "weekly".
The profile is temporary. Close the browser window (or press Ctrl+C) to end the demo.`);
    await new Promise((resolveClosed) => {
      context.on('close', resolveClosed);
      process.once('SIGINT', () => context.close().catch(() => {}));
      process.once('SIGTERM', () => context.close().catch(() => {}));
    });
    return;
  }
  step('Walking the welcome on the demo calendar (no sample data)');
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const written = await walkWelcome({
    context,
    extensionId,
    calendarUrls: [thisWeek, nextWeek],
    shots: (name) => join(OUTPUT_DIR, name),
  }).catch((error) => {
    throw new DemoError(`The welcome walk-through stopped: ${error.message}`);
  });
  console.log(`
Screenshots:
  ${written.join('\n  ')}

What you are looking at: a new user's first minutes. The welcome page opened by itself on install
(welcome-1-you-empty.png). Once the demo calendar had been open, it filled in who you are from the
calendar's account button (welcome-1-you*.png) and suggested the people the calendar shows you
have 1:1s with, each with its evidence and a guessed relation (welcome-2-people*.png); the toolbar
popup suggested the same (popup-suggestions.png). One click added each (welcome-2-people-added.png),
the last step says what happens next (welcome-3-next*.png), and the calendar tab, never reloaded,
badges each 1:1 (calendar-fresh.png). Nothing left the machine: the profile was temporary.`);
  if (problems.length) console.log(`\nErrors reported by the pages while the demo ran:\n  ${problems.join('\n  ')}`);
}
