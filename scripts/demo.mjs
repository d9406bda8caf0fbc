// `npm run demo`: builds Upward, opens Chromium with it on a bundled demo Google
// Calendar week (no account, no network) with sample data seeded. With a display
// it stays open for you to click around; without one ($DISPLAY unset) it runs
// headless, writes screenshots to demo-output/ and prints where they are.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { demoCalendarHtml } from '../demo/calendar.mjs';
import { walkWelcome } from '../demo/fresh.mjs';
import { seedSampleData } from '../demo/seed.mjs';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const OUTPUT_DIR = join(ROOT, 'demo-output');
const CALENDAR_URL = 'https://calendar.google.com/calendar/u/0/r/week';
const HEADLESS = !process.env.DISPLAY;
/** `--fresh`: no sample data; the welcome page and the calendar's suggestions set Upward up. */
const FRESH = process.argv.includes('--fresh');
/** Headless runs must finish well under a minute; past this something is stuck. */
const HEADLESS_LIMIT_MS = 50_000;

class DemoError extends Error {}

function step(message) {
  console.log(`\n▸ ${message}`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) throw new DemoError(`Could not run \`${command} ${args.join(' ')}\`: ${result.error.message}`);
  if (result.status !== 0) {
    throw new DemoError(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
  }
}

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
  await page.waitForFunction(() => !document.querySelector('upward-prep'));
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

/** The 1:1s the background recorded, with who and why, read from the extension's own store. */
async function recognisedOneOnOnes(worker) {
  const found = await worker.evaluate(
    () =>
      new Promise((done, failed) => {
        const open = indexedDB.open('upward');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['meetings', 'people']);
          const meetings = tx.objectStore('meetings').getAll();
          const people = tx.objectStore('people').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const names = new Map(people.result.map((p) => [p.id, `${p.name} (${p.relation})`]));
            done(
              meetings.result
                .filter((m) => m.personId)
                .sort((a, b) => String(a.start).localeCompare(String(b.start)))
                .map((m) => `${m.start}  "${m.title}" with ${names.get(m.personId)}: ${(m.reasons ?? []).join('; ')}`),
            );
          };
        };
      }),
  );
  return found.length ? found : ['(none yet: is the extension loaded?)'];
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

/**
 * The week the demo calendar shows: this one, or from Friday on the next one, so its 1:1s
 * are still ahead and the card, the popup's "next 1:1" and auto-open have something to show.
 */
function weekToShow(now) {
  const ahead = now.getDay() >= 5 ? 7 - now.getDay() : 0;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead);
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

async function main() {
  const started = Date.now();

  step('Checking for Chromium');
  run(process.execPath, [join(ROOT, 'scripts/ensure-chromium.mjs')]);

  step('Building the extension (wxt build)');
  run('npx', ['wxt', 'build']);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new DemoError(`The build finished but ${EXTENSION_DIR}/manifest.json is missing.`);
  }

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
    for (const tab of context.pages()) if (tab.url().endsWith('/welcome.html')) await tab.close();
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
    mkdirSync(OUTPUT_DIR, { recursive: true });
    const shots = {
      calendar: join(OUTPUT_DIR, 'calendar.png'),
      calendarDark: join(OUTPUT_DIR, 'calendar-dark.png'),
      popup: join(OUTPUT_DIR, 'popup.png'),
      options: join(OUTPUT_DIR, 'options.png'),
    };

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

    console.log(`
Screenshots:
  ${shots.calendar}
  ${shots.calendarDark}
  ${shots.popup}
  ${shots.options}

What you are looking at: calendar.png and calendar-dark.png are a bundled, offline Google
Calendar week view for this week (next week from Friday on), each 1:1 marked with Upward's badge and the prep card open
beside "Dana / Sam" (needs, questions, the checklist, notes, Dana's world) (served by this script as ${CALENDAR_URL}; no account, no
network) with Upward loaded, in the light and dark themes. Sam Patel's week holds the 1:1s Upward
should recognise (the weekly "Dana / Sam" with their manager on Tuesday at 3pm, "Mentoring: Ana /
Sam" on Wednesday, "Sam <> Lee skip-level" on Thursday) among look-alikes it must not: "Team sync"
organised by Dana, "Lunch with Dana's team", a declined meeting, a holiday and a task.
popup.png is the toolbar popup and options.png the settings page, reading the seeded sample data
(Sam, three people, needs, questions and quick notes), which lived only in a temporary profile.`);
    if (problems.length) {
      console.log(`\nErrors reported by the pages while the demo ran:\n  ${problems.join('\n  ')}`);
    }
    console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
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

main().then(
  () => process.exit(0),
  (error) => {
    const message = error instanceof DemoError ? error.message : (error?.stack ?? String(error));
    console.error(`\nnpm run demo failed: ${message}`);
    process.exit(1);
  },
);
