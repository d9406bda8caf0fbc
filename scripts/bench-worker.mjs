// `npm run bench:worker`: a calendar page opened while Upward's service worker sleeps, from
// navigation start to every 1:1's badge drawn, against a bare extension's first answer on the
// same page in the same run: a content script that sends one message, injected when Upward's is
// (the build's run_at), to a service worker that does nothing but answer it, asleep too. Both extensions are loaded in one
// browser; the pages alternate, and every service worker is stopped before each load (as the
// browser does after 30 s idle). Also measured, for information, the same with the workers
// awake. A benchmark, not a test: a missed target prints MISS and exits 0; it fails only when it
// cannot measure. Results go to bench-results/worker.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCalendarHtml, weekToShow } from '../demo/calendar.mjs';
import { seedSampleData } from '../demo/seed.mjs';
import {
  check,
  dismissWelcome,
  EXTENSION_DIR,
  extensionIdOf,
  interleaved,
  launchBench,
  machineLoad,
  report,
  SAMPLES,
  stats,
  WARM_UPS,
} from './bench-kit.mjs';

const NAME = 'bench:worker';
const CALENDAR = 'https://calendar.google.com/calendar/u/0/r/week';
/** The bare extension's page: the same calendar HTML at a host only it runs on. */
const BARE_CALENDAR = 'https://bare-calendar.test/calendar/u/0/r/week';
/** Badges drawn within 1.5× the bare worker's first answer. */
const TARGET = 1.5;

const startedAt = performance.now();
const loadBefore = machineLoad();

/**
 * When Upward's calendar script is injected (BARE_RUN_AT overrides it): the bare one is injected
 * then too, so the baseline starts where Upward's page work starts. Upward also wakes its worker
 * earlier, from a tiny script at document_start (entrypoints/calendar-wake.ts): that is part of
 * what is measured, as any extension could do it.
 */
const RUN_AT =
  process.env.BARE_RUN_AT ??
  JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).content_scripts?.find((script) =>
    script.js.includes('content-scripts/google.js'),
  )?.run_at ??
  'document_idle';

/** The bare extension: one content script that asks, one service worker that answers. */
function bareExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'upward-bench-bare-worker-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Bare worker',
      version: '1.0',
      background: { service_worker: 'bare-worker.js' },
      content_scripts: [{ matches: ['https://bare-calendar.test/*'], js: ['bare-content.js'], run_at: RUN_AT }],
    }),
  );
  writeFileSync(
    join(dir, 'bare-worker.js'),
    'chrome.runtime.onMessage.addListener((message, sender, answer) => { answer({ ok: true }); });\n',
  );
  writeFileSync(
    join(dir, 'bare-content.js'),
    `chrome.runtime.sendMessage({ type: 'hello' }).then(() => {
  document.documentElement.setAttribute('data-bare-answered', String(performance.now()));
});\n`,
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** On Upward's calendar page: when the badge count reaches the expected number, from navigation start. */
const BADGE_PROBE = `(() => {
  if (location.hostname !== 'calendar.google.com') return;
  const seen = () => document.querySelectorAll('upward-badge').length;
  new MutationObserver(() => {
    const count = seen();
    if (count > 0 && window.__firstBadgeAt === undefined) window.__firstBadgeAt = performance.now();
    if (window.__expectBadges && count >= window.__expectBadges && window.__allBadgesAt === undefined)
      window.__allBadgesAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
})();`;

async function stopWorkers(cdp) {
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The stop is asynchronous; a short pause lets it finish, as it would have long before a real visit.
  await new Promise((done) => setTimeout(done, 300));
}

async function upwardOnce(context, expected) {
  const page = await context.newPage();
  try {
    await page.addInitScript((count) => {
      window.__expectBadges = count;
    }, expected);
    await page.goto(CALENDAR);
    await page.waitForFunction(() => window.__allBadgesAt !== undefined, null, { timeout: 20_000 });
    return await page.evaluate(() => ({
      all: window.__allBadgesAt,
      first: window.__firstBadgeAt,
      domReady: /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0])
        .domContentLoadedEventEnd,
    }));
  } finally {
    await page.close();
  }
}

async function bareOnce(context) {
  const page = await context.newPage();
  try {
    await page.goto(BARE_CALENDAR);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-bare-answered'), null, {
      timeout: 20_000,
    });
    return await page.evaluate(() => Number(document.documentElement.getAttribute('data-bare-answered')));
  } finally {
    await page.close();
  }
}

async function scenario(context, cdp, expected, asleep) {
  const before = asleep ? () => stopWorkers(cdp) : async () => {};
  for (let i = 0; i < WARM_UPS; i++) {
    await before();
    await bareOnce(context);
    await before();
    await upwardOnce(context, expected);
  }
  const bare = [];
  const upward = [];
  await interleaved(
    SAMPLES,
    async () => {
      await before();
      bare.push(await bareOnce(context));
    },
    async () => {
      await before();
      upward.push(await upwardOnce(context, expected));
    },
  );
  const baseline = stats(bare);
  const state = asleep ? 'worker asleep' : 'worker awake';
  return [
    {
      what: `${state}: calendar page → every 1:1 badged`,
      baseline,
      measured: stats(upward.map((s) => s.all)),
      target: asleep ? TARGET : null,
    },
    {
      what: `${state}: calendar page → first badge`,
      baseline,
      measured: stats(upward.map((s) => s.first)),
      target: null,
    },
    {
      what: `${state}: the page's DOMContentLoaded (context)`,
      baseline,
      measured: stats(upward.map((s) => s.domReady)),
      target: null,
    },
  ];
}

const bare = bareExtension();
const { context, remove } = await launchBench([EXTENSION_DIR, bare.dir]);
const rows = [];
/** @type {Record<string, any>} */
const extra = {};
try {
  const id = await extensionIdOf(context);
  await dismissWelcome(context);
  await extensionIdOf(context, (url) => url.endsWith('/bare-worker.js'));
  await seedSampleData(context, id);
  const html = demoCalendarHtml(new Date(), weekToShow(new Date()));
  await context.route('https://calendar.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await context.route('https://bare-calendar.test/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await context.addInitScript(BADGE_PROBE);
  const control = await context.newPage();
  const cdp = await context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');

  // How many badges the page gets once everything has settled.
  const calibration = await context.newPage();
  await calibration.goto(CALENDAR);
  await calibration.locator('upward-badge').first().waitFor({ timeout: 15_000 });
  await calibration.waitForTimeout(3000);
  const expected = await calibration.evaluate(() => document.querySelectorAll('upward-badge').length);
  await calibration.close();
  check(expected > 0, NAME, 'the demo calendar got no badge');
  extra.badges = expected;

  rows.push(...(await scenario(context, cdp, expected, true)));
  rows.push(...(await scenario(context, cdp, expected, false)));
} finally {
  await context.close();
  remove();
  bare.remove();
}

report('worker', {
  title: 'Upward service worker start',
  rows,
  startedAt,
  loadBefore,
  extra,
  notes: [
    `Times from the page's navigation start. Baseline: a bare extension (a content script at ${RUN_AT}, when Upward's calendar script runs, sending one message to a service worker that only answers) on the same calendar HTML at another host, its answer received; the two pages alternate, every service worker stopped before each load when asleep. Upward: all ${extra.badges} badges of the demo calendar's 1:1s drawn. Build: ${EXTENSION_DIR}.`,
  ],
});
