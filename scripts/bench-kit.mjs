// What the page-speed benchmarks (bench:popup, bench:prep, bench:worker) share: the extension
// under test with a bare page beside it (the in-run baseline), statistics, the machine's load,
// and one way to print and save results. Every target is a ratio to a baseline measured in the
// same browser, in the same run, interleaved with the samples, so a loaded machine slows both.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, chromiumArgs, closeWelcome } from './chromium.mjs';

/** The build under test: `.output/chrome-mv3`, or another (an older build, to compare) in UPWARD_EXTENSION_DIR. */
export const EXTENSION_DIR = resolve(process.env.UPWARD_EXTENSION_DIR ?? '.output/chrome-mv3');
/** Timed samples per scenario (20 unless BENCH_SAMPLES says otherwise), after warm-ups. */
export const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
export const WARM_UPS = 3;

/** The bare page: what the browser alone costs to open (or frame) an extension document. No script, no style sheet. */
export const BARE_PAGE = 'bench-bare.html';
const BARE_HTML = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Bare</title><h1>Bare page</h1>\n';

/**
 * A copy of the build with the bare page added, and listed as web-accessible on the calendar
 * hosts at its plain URL so a calendar page can frame it (the product's manifest is untouched:
 * only this copy has it). Returns the copy's folder; `remove()` deletes it.
 */
export function extensionWithBarePage(dir = EXTENSION_DIR) {
  const copy = mkdtempSync(join(tmpdir(), 'upward-bench-ext-'));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, BARE_PAGE), BARE_HTML);
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const listed = manifest.web_accessible_resources ?? [];
  // The same hosts the card's page is offered to.
  const matches = listed.find((entry) => entry.resources.includes('prep.html'))?.matches ?? manifest.host_permissions;
  manifest.web_accessible_resources = [...listed, { resources: [BARE_PAGE], matches, use_dynamic_url: false }];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir: copy, remove: () => rmSync(copy, { recursive: true, force: true }) };
}

/** Chromium on a fresh profile with these unpacked extensions. Close it, then call `remove()`. */
export async function launchBench(extensionDirs, options = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'upward-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    ...options,
    args: chromiumArgs(extensionDirs),
  });
  return { context, profile, remove: () => rmSync(profile, { recursive: true, force: true }) };
}

/** The extension's id, from its service worker (Upward's unless `match` picks another). */
export async function extensionIdOf(context, match = (url) => url.endsWith('/background.js')) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => match(w.url()));
    if (worker) return new URL(worker.url()).host;
    if (Date.now() > deadline) throw new Error('the extension service worker never started');
    await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {});
  }
}

/**
 * Waits for the welcome tab Upward opens on install (a fresh profile's store is empty) and
 * closes it, so it never comes to the front during a measurement, leaving the measured page
 * drawn once a second. Gives up quietly after `timeoutMs` (an older build opens none).
 */
export async function dismissWelcome(context, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!context.pages().some((page) => page.url().endsWith('/welcome.html'))) {
    if (Date.now() > deadline) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  await closeWelcome(context);
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

/** Median, p95, min and max of a list of milliseconds, rounded to 0.1 ms. */
export function stats(values) {
  const round = (v) => Math.round(v * 10) / 10;
  return {
    median: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    samples: values.map(round),
  };
}

/** A measurement against its baseline: median over median and p95 over p95. */
export function ratioTo(measured, baseline) {
  const round = (v) => Math.round(v * 100) / 100;
  return { median: round(measured.median / baseline.median), p95: round(measured.p95 / baseline.p95) };
}

/** The machine's load (1, 5 and 15 minute averages): printed beside every number. */
export function machineLoad() {
  return loadavg().map((v) => Math.round(v * 100) / 100);
}

/** Runs `a` and `b` alternately (a b b a …) so a change in the machine's load hits both alike. */
export async function interleaved(count, a, b) {
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      await a(i);
      await b(i);
    } else {
      await b(i);
      await a(i);
    }
  }
}

/** Fails the run: the measurement itself is broken (a benchmark never fails on a missed target). */
export function check(condition, name, message) {
  if (!condition) throw new Error(`${name} sanity check failed: ${message}`);
}

/**
 * In a page (pass it to `page.evaluate`): when it first painted content (first-contentful-paint)
 * and its DOMContentLoaded, in ms from navigation start. The bare document's first paint is the
 * baseline: a page is ready for its user when it is drawn, not when it is parsed, and that is
 * what the issue's 47–58 ms for a bare document measured (its DOMContentLoaded here is about
 * half that, and is kept beside it as a stricter reference).
 */
export function paintedAndParsed() {
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  const parsed = nav?.domContentLoadedEventEnd ?? null;
  const seen = (entries) => entries.find((entry) => entry.name === 'first-contentful-paint')?.startTime;
  return new Promise((done) => {
    const now = seen(performance.getEntriesByType('paint'));
    if (now !== undefined) return done({ painted: now, parsed });
    new PerformanceObserver((list, observer) => {
      const at = seen(list.getEntries());
      if (at === undefined) return;
      observer.disconnect();
      done({ painted: at, parsed });
    }).observe({ type: 'paint', buffered: true });
  });
}

const ms = (v) => `${v.toFixed(1)} ms`;

/**
 * Prints a markdown table of rows `{ what, baseline, measured, target }` (target: the highest
 * allowed ratio, or null for information) and writes everything to bench-results/NAME.json.
 * @param {string} name
 * @param {{ title: string, rows: any[], notes?: string[], extra?: Record<string, unknown>, startedAt: number, loadBefore: number[] }} run
 */
export function report(name, { title, rows, notes = [], extra = {}, startedAt, loadBefore }) {
  const loadAfter = machineLoad();
  const results = {
    title,
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    extensionDir: EXTENSION_DIR,
    samples: SAMPLES,
    warmUps: WARM_UPS,
    load: { before: loadBefore, after: loadAfter },
    durationS: Math.round((performance.now() - startedAt) / 100) / 10,
    rows: rows.map((row) => {
      const ratio = row.baseline ? ratioTo(row.measured, row.baseline) : null;
      const pass = row.target == null || !ratio ? null : ratio.median <= row.target && ratio.p95 <= row.target;
      return { ...row, ratio, pass };
    }),
    ...extra,
  };
  console.log(
    `\n${title}: Chromium, ${results.cpus} CPUs, load ${loadBefore.join(' / ')} → ${loadAfter.join(' / ')}\n`,
  );
  console.log('| what | baseline (median / p95) | measured (median / p95) | ratio (median / p95) | target | result |');
  console.log('|---|---:|---:|---:|---:|:---:|');
  for (const row of results.rows) {
    const base = row.baseline ? `${ms(row.baseline.median)} / ${ms(row.baseline.p95)}` : '—';
    const ratio = row.ratio ? `${row.ratio.median.toFixed(2)}× / ${row.ratio.p95.toFixed(2)}×` : '—';
    const target = row.target == null ? 'info' : `≤ ${row.target}×`;
    const verdict = row.pass === null ? '' : row.pass ? 'PASS' : '**MISS**';
    console.log(
      `| ${row.what} | ${base} | ${ms(row.measured.median)} / ${ms(row.measured.p95)} | ${ratio} | ${target} | ${verdict} |`,
    );
  }
  for (const note of notes) console.log(`\n${note}`);
  const missed = results.rows.filter((row) => row.pass === false).length;
  const file = `bench-results/${name}.json`;
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\n${missed ? `MISS: ${missed} row(s) over target.` : 'All targets met.'} ${SAMPLES} samples each after ${WARM_UPS} warm-ups; written to ${file} (${results.durationS} s).`,
  );
  return results;
}
