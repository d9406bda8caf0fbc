// `npm run bench:prep`: how long from a click on a 1:1's badge to the prep card showing its
// content, in real Chromium with the built extension, on the bundled demo calendar with the
// demo's sample data. A measurement, not a test: it prints MISS when over the aim and still
// exits 0; it fails only when it cannot measure. Results go to bench-results/prep.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { demoCalendarHtml } from '../demo/calendar.mjs';
import { seedSampleData } from '../demo/seed.mjs';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const RUNS = 20;
const WARM_UPS = 3;
const AIM_MS = 100;

/**
 * In the card's frame: the moment its heading has text, from the frame's own clock
 * (epoch ms, so it compares with the page's click time).
 */
const FRAME_PROBE = `(() => {
  if (!location.pathname.endsWith('/prep.html')) return;
  const look = () => {
    const h1 = document.querySelector('h1');
    if (h1 && h1.textContent.trim() && h1.getBoundingClientRect().height > 0) {
      window.__shownAt = performance.timeOrigin + performance.now();
      const nav = performance.getEntriesByType('navigation')[0];
      window.__phases = {
        frameStart: performance.timeOrigin,
        domReady: performance.timeOrigin + (nav ? nav.domContentLoadedEventEnd : 0),
      };
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/** On the calendar page: when the pointer went down on the badge (capture phase, before Upward sees it). */
const PAGE_PROBE = `(() => {
  if (location.hostname !== 'calendar.google.com') return;
  window.addEventListener('pointerdown', () => { window.__clickAt = performance.timeOrigin + performance.now(); }, true);
})();`;

const median = (values) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const profileDir = mkdtempSync(join(tmpdir(), 'upward-bench-prep-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: chromiumArgs(EXTENSION_DIR),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await seedSampleData(context, new URL(worker.url()).host);
    await context.addInitScript(FRAME_PROBE);
    await context.addInitScript(PAGE_PROBE);
    await context.route('https://calendar.google.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: demoCalendarHtml(new Date()) }),
    );
    const page = await context.newPage();
    await page.goto('https://calendar.google.com/calendar/u/0/r/week');
    const badge = page.locator('upward-badge').first();
    await badge.waitFor({ timeout: 15_000 });
    const samples = [];
    // Where the time goes: the frame's navigation starting, its document ready, its heading shown.
    const frameStarts = [];
    const domReadies = [];
    for (let run = 0; run < WARM_UPS + RUNS; run++) {
      const box = await badge.boundingBox();
      if (!box) throw new Error('the badge is not laid out');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction(() => window.__clickAt !== undefined);
      const frame = await waitForFrame(page);
      await frame.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 10_000 });
      const shownAt = (await frame.evaluate(() => window.__shownAt)) ?? Number.NaN;
      const phases = (await frame.evaluate(() => window.__phases)) ?? {};
      const clickAt = (await page.evaluate(() => window.__clickAt)) ?? Number.NaN;
      if (run >= WARM_UPS) {
        samples.push(shownAt - clickAt);
        frameStarts.push(phases.frameStart - clickAt);
        domReadies.push(phases.domReady - clickAt);
      }
      // Close from the page side and wait until the frame is gone.
      await page.evaluate(() => {
        window.__clickAt = undefined;
      });
      await badge.focus();
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('upward-prep'));
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const result = {
      metric: 'badge click → prep card heading shown (ms)',
      runs: RUNS,
      warmUps: WARM_UPS,
      median: Number(percentile(sorted, 50).toFixed(1)),
      p95: Number(percentile(sorted, 95).toFixed(1)),
      min: Number((sorted[0] ?? 0).toFixed(1)),
      max: Number((sorted.at(-1) ?? 0).toFixed(1)),
      aimMs: AIM_MS,
      samples: samples.map((s) => Number(s.toFixed(1))),
      phases: {
        frameNavigationStartMedian: Number(median(frameStarts).toFixed(1)),
        frameDocumentReadyMedian: Number(median(domReadies).toFixed(1)),
      },
      chromium: context.browser()?.version() ?? 'persistent context',
      at: new Date().toISOString(),
    };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results/prep.json'), `${JSON.stringify(result, null, 2)}\n`);
    const verdict = result.median <= AIM_MS ? 'ok' : 'MISS';
    console.log(
      `badge click → card shown: median ${result.median} ms, p95 ${result.p95} ms (min ${result.min}, max ${result.max}; ${RUNS} runs) — aim ≤ ${AIM_MS} ms: ${verdict}`,
    );
    console.log(
      `  of which: frame navigation starts at ${result.phases.frameNavigationStartMedian} ms, its document is ready at ${result.phases.frameDocumentReadyMedian} ms (medians)`,
    );
    console.log('written to bench-results/prep.json');
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

async function waitForFrame(page) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/prep.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('the prep card frame never appeared');
    await new Promise((done) => setTimeout(done, 5));
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`npm run bench:prep could not measure: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
