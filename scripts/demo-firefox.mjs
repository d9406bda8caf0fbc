// The demo in Firefox (`npm run demo -- --firefox`; scripts/demo.mjs has set up and built):
// the same bundled week, sample data and screenshots as the Chromium demo, in Debian's
// firefox-esr (or FIREFOX_PATH) driven over WebDriver BiDi. With a display it stays open;
// without one it writes demo-output/firefox-*.png and prints where they are.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCalendarHtml } from '../demo/calendar.mjs';
import { sampleSeed } from '../demo/seed.mjs';
import { backupFile } from '../tests/support/seed.mjs';
import {
  CALENDAR_URL,
  DemoError,
  HEADLESS,
  recognisedOneOnOnes,
  screenshotPaths,
  step,
  weekToShow,
  whatTheShotsShow,
} from './demo-common.mjs';
import { goToExtensionPage, launchFirefox, openCalendar, prepFrame } from './firefox.mjs';

/** Firefox starts more slowly than Chromium, and the dark shots need a second start. */
const HEADLESS_LIMIT_MS = 120_000;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

const calendarHtml = () => demoCalendarHtml(new Date(), weekToShow(new Date()));

/**
 * Seeds the sample data through Upward's own import (Settings › Backup), as the Chromium demo
 * does; resolves with the number of records written, or rejects with the import's reasons.
 */
async function seedThroughImport(firefox, profileDir) {
  const seed = sampleSeed();
  const page = await firefox.open('options.html');
  const deadline = Date.now() + 30_000;
  const until = async (ask, what) => {
    for (;;) {
      const answer = await ask();
      if (answer) return answer;
      if (Date.now() > deadline) throw new DemoError(`Seeding: gave up waiting for ${what}.`);
      await sleep(100);
    }
  };
  // The extension has finished installing once its default checklist is there.
  await until(
    () => page.evaluate(() => !!document.querySelector('[aria-label="Checklist items"] li')),
    'the checklist',
  );
  const file = join(profileDir, 'demo-seed.json');
  writeFileSync(file, backupFile(seed));
  await (await page.$('#import-backup'))?.uploadFile(file);
  const outcome = await until(
    () =>
      page.evaluate(() => {
        const shown = document.querySelector('#backup .ok-note, #backup .problems');
        return shown && { ok: shown.classList.contains('ok-note'), text: shown.textContent ?? '' };
      }),
    'the import to finish',
  );
  await page.close();
  if (!outcome.ok) throw new DemoError(`The sample data is not a valid backup: ${outcome.text}`);
  return Object.values(seed).reduce((sum, records) => sum + (Array.isArray(records) ? records.length : 1), 0);
}

/** Opens the demo week, waits for the badges, opens the card from "Dana / Sam" and lets it settle. */
async function openDanaCard(firefox) {
  const page = await openCalendar(firefox, { url: CALENDAR_URL, html: calendarHtml() });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const badge = (
      await page.evaluateHandle(
        () =>
          [...document.querySelectorAll('[data-eventchip]')]
            .find((chip) => chip.textContent?.includes('Dana / Sam') && chip.querySelector('upward-badge'))
            ?.querySelector('upward-badge') ?? null,
      )
    ).asElement();
    if (badge) {
      // @ts-expect-error: the handle is an element (the query found one); puppeteer types it as a Node.
      await badge.click();
      break;
    }
    if (Date.now() > deadline) throw new DemoError('Upward put no badge on "Dana / Sam" within 15 s.');
    await sleep(100);
  }
  await prepFrame(page).catch(() => {
    throw new DemoError('The prep card did not open from the badge.');
  });
  await sleep(600);
  return page;
}

async function shootExtensionPage(firefox, path, viewport, file) {
  const page = await firefox.browser.newPage();
  await page.setViewport(viewport);
  await goToExtensionPage(page, firefox.url(path));
  // The pages render from IndexedDB: wait until they stop saying "loading".
  for (let i = 0; i < 50; i++) {
    const ready = await page.evaluate(
      () => !document.querySelector('[aria-busy="true"]') && (document.body.textContent ?? '').trim() !== '',
    );
    if (ready) break;
    await sleep(100);
  }
  await sleep(300);
  await page.screenshot({ path: file });
  await page.close();
}

export async function firefoxDemo() {
  const profileDir = mkdtempSync(join(tmpdir(), 'upward-demo-firefox-'));
  /** @type {import('./firefox.mjs').Firefox | undefined} */
  let firefox;
  let watchdog;
  const problems = [];
  const close = async () => {
    problems.push(...(firefox?.errors ?? []));
    await firefox?.close();
    firefox = undefined;
  };
  /** @param {'light' | 'dark' | undefined} colorScheme */
  const launch = async (colorScheme) => {
    const started = await launchFirefox({
      profileDir,
      headless: HEADLESS,
      colorScheme,
      viewport: HEADLESS ? undefined : null,
    });
    firefox = started;
    return started;
  };
  try {
    step(`Opening Firefox ESR ${HEADLESS ? 'headless (no $DISPLAY)' : 'with a window'}`);
    if (HEADLESS) {
      watchdog = setTimeout(() => {
        console.error(`\nnpm run demo: gave up after ${HEADLESS_LIMIT_MS / 1000} s; something is stuck.`);
        firefox?.close().catch(() => {});
        rmSync(profileDir, { recursive: true, force: true });
        process.exit(1);
      }, HEADLESS_LIMIT_MS);
      watchdog.unref();
    }
    const browser = await launch(HEADLESS ? 'light' : undefined);
    console.log(`  Firefox ${browser.version}, Upward installed in a temporary profile.`);

    step('Seeding sample data (Sam Patel; manager Dana Reyes, skip-level Lee Okafor, mentor Ana María Núñez)');
    const written = await seedThroughImport(browser, profileDir);
    console.log(`  ${written} records written.`);
    // The welcome page opened on install; with sample data seeded it has nothing to do.
    for (const tab of await browser.browser.pages()) {
      if ((await tab.evaluate(() => location.pathname).catch(() => '')) === '/welcome.html') await tab.close();
    }

    step(`Serving the demo calendar at ${CALENDAR_URL}`);
    if (!HEADLESS) {
      await openCalendar(browser, { url: CALENDAR_URL, html: calendarHtml() });
      console.log(`
The demo calendar is open in Firefox, with Upward installed and sample data seeded.
  • Click the Upward toolbar button (puzzle piece → Upward) to jot a quick note.
  • about:addons → Upward → Preferences shows the people, needs and questions.
  • The "Dana / Sam" 1:1 is on Tuesday at 3pm: its badge (↑, top right) opens the prep card beside it.
    "Team sync" and "Lunch with Dana's team" are traps and get no badge.
The profile is temporary. Close the browser window (or press Ctrl+C) to end the demo.`);
      await new Promise((resolveClosed) => {
        browser.browser.once('disconnected', resolveClosed);
        process.once('SIGINT', () => browser.close());
        process.once('SIGTERM', () => browser.close());
      });
      return;
    }

    const shots = screenshotPaths('firefox-');
    step('Taking screenshots');
    const light = await openDanaCard(browser);
    step('What Upward recognised on this calendar');
    const store = await browser.open('options.html');
    for (const line of await recognisedOneOnOnes(store)) console.log(`  ${line}`);
    await store.close();
    await light.screenshot({ path: shots.calendar });
    await shootExtensionPage(browser, 'popup.html', { width: 380, height: 600 }, shots.popup);
    await shootExtensionPage(browser, 'options.html', { width: 900, height: 900 }, shots.options);
    // What a page sees as its colour scheme is a start-up pref in Firefox: start again, dark.
    await close();
    const dark = await openDanaCard(await launch('dark'));
    await dark.screenshot({ path: shots.calendarDark });
    await close();

    console.log(whatTheShotsShow(shots, 'Firefox'));
    if (problems.length) console.log(`\nErrors reported by the pages while the demo ran:\n  ${problems.join('\n  ')}`);
  } finally {
    clearTimeout(watchdog);
    await close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
