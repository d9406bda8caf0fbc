// `npm run bench:detect`: how much the page watcher (lib/calendar/watch.ts + the Google adapter)
// costs on big Google Calendar pages, measured inside real Chromium. A benchmark, not a test:
// it exits 0 when a target is missed (and prints MISS), and fails only when the measurement
// itself is broken (the watcher read nothing, a batch did not read its chip). See tests/bench/README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { googleMonthPage, googlePagePlan, googleWeekPage } from '../tests/bench/google-pages.mjs';
import { dateKey } from '../tests/support/google-page.mjs';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';

const CONTENT_SCRIPTS = [
  '.output/chrome-mv3/content-scripts/google.js',
  '.output/chrome-mv3/content-scripts/outlook.js',
];
const RESULTS = 'bench-results/detect.json';

const SCAN = { warmup: 5, repeats: 25, minSampleMs: 4 };
const BATCH = { warmupLoops: 3, loops: 9, batches: 300, block: 50 };
const TARGET = { scanRatio: 3, batchMs: 1, batchRatio: 1.5, gzipBytes: 12 * 1024 };

const PAGES = [
  { key: 'week50', name: 'Google week, 50 events', view: 'week', count: 50, batch: true },
  { key: 'week500', name: 'Google week, 500 events', view: 'week', count: 500, batch: true },
  { key: 'month1000', name: 'Google month, 1,000 events', view: 'month', count: 1000, batch: false },
];

const began = performance.now();

async function bundle(entry, globalName) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    globalName,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/**
 * In the page: the initial scan vs the bare baseline, interleaved. `scan` is what blocks the
 * page when the content script starts (the watcher collects chips; labels are read later in
 * slices); `complete` also reads every label (drain), i.e. all the work of the first look.
 */
function measureScan({ warmup, repeats, minSampleMs }) {
  const { watchCalendarPage, googleAdapter, readEvents } = window.upwardBench;
  const noop = () => {};
  const scan = () => {
    const watcher = watchCalendarPage({ adapter: googleAdapter, document, onEvents: noop, onGuests: noop });
    watcher.stop();
    return watcher;
  };
  const complete = () => {
    const watcher = watchCalendarPage({ adapter: googleAdapter, document, onEvents: noop, onGuests: noop });
    watcher.drain();
    watcher.stop();
    return watcher;
  };
  const baseline = () => {
    const labels = [];
    for (const element of document.querySelectorAll('[data-eventid]')) {
      labels.push(element.getAttribute('aria-label') ?? element.firstElementChild?.textContent ?? null);
    }
    return labels;
  };
  const first = complete();
  const sanity = {
    watcherEvents: first.events.size,
    readEvents: readEvents(googleAdapter, document).length,
    baselineNodes: baseline().length,
    chipNodes: googleAdapter.findEventElements(document).length,
    sampleTitles: [...first.events.values()].slice(0, 3).map((e) => `${e.start} ${e.title} / ${e.organizer}`),
  };
  // Samples of at least minSampleMs each: performance.now() is coarse (100 µs) in Chromium.
  const innerCount = (fn) => {
    const t0 = performance.now();
    fn();
    const once = Math.max(performance.now() - t0, 0.01);
    return Math.max(1, Math.ceil(minSampleMs / once));
  };
  const sample = (fn, inner) => {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) fn();
    return (performance.now() - t0) / inner;
  };
  for (let i = 0; i < warmup; i++) {
    scan();
    complete();
    baseline();
  }
  const scanInner = innerCount(scan);
  const completeInner = innerCount(complete);
  const baseInner = innerCount(baseline);
  const scans = [];
  const completes = [];
  const baselines = [];
  for (let i = 0; i < repeats; i++) {
    scans.push(sample(scan, scanInner));
    completes.push(sample(complete, completeInner));
    baselines.push(sample(baseline, baseInner));
  }
  return { sanity, scans, completes, baselines, scanInner, baseInner, slice: window.upwardBench.slice };
}

/**
 * In the page: one watcher with its first look read, and our
 * own observer to capture the records of appending ONE new chip to a day column.
 */
function setupBatch({ dateKey }) {
  const { watchCalendarPage, googleAdapter } = window.upwardBench;
  const noop = () => {};
  // The watcher's own observer stays on; it sees the same records after each timed block and
  // finds every chip already read (one WeakMap lookup), outside the timed region.
  const watcher = watchCalendarPage({ adapter: googleAdapter, document, onEvents: noop, onGuests: noop });
  watcher.drain();
  const cells = document.querySelectorAll(`[role="gridcell"][data-datekey="${dateKey}"]`);
  const column = cells[cells.length - 1]?.lastElementChild;
  if (!column) throw new Error(`no day column for datekey ${dateKey}`);
  const observer = new MutationObserver(noop);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-label', 'data-eventid', 'data-calitemid'],
  });
  window.benchBatch = { watcher, column, observer, next: 0, wrongBatches: 0, recordsPerBatch: 0 };
  return { initialEvents: watcher.events.size };
}

/**
 * In the page: one loop of `batches` one-chip batches, each appending a distinct new chip.
 * Records are captured a block at a time, then only watcher.handleMutations(records) is
 * timed for the block; the chips are removed afterwards (untimed) so the page keeps its size.
 * Returns the mean time per batch (ms).
 */
function runBatchLoop({ batches, block }) {
  const state = window.benchBatch;
  const { watcher, column, observer } = state;
  const { makeChip } = window.upwardBenchPages;
  // Between loops the watcher's own observer was handed the previous loop's chips as one big
  // batch and queued them for sliced reading; read that now, untimed, so each timed one-chip
  // batch starts from an idle watcher as on a real page.
  watcher.drain();
  let total = 0;
  for (let done = 0; done < batches; done += block) {
    const records = [];
    const added = [];
    for (let i = 0; i < block; i++) {
      const chip = makeChip(document, state.next++);
      column.append(chip);
      added.push(chip);
      records.push(observer.takeRecords());
    }
    const t0 = performance.now();
    for (let i = 0; i < block; i++) {
      watcher.handleMutations(records[i]);
      if (watcher.lastBatch.read !== 1 || watcher.lastBatch.candidates !== 1) state.wrongBatches++;
    }
    total += performance.now() - t0;
    state.recordsPerBatch = records[0].length;
    // What the last chip read as, before it goes (the watcher forgets events whose chips leave).
    state.newestTitle = watcher.events.get(`google:benchnew${String(state.next - 1).padStart(6, '0')}`)?.title ?? null;
    for (const chip of added) chip.remove();
    watcher.handleMutations(observer.takeRecords());
  }
  return total / batches;
}

/** In the page: what the batches left behind, for the sanity checks. */
function finishBatch() {
  const { watcher, observer, next, wrongBatches, recordsPerBatch, newestTitle } = window.benchBatch;
  observer.disconnect();
  return { eventsAfter: watcher.events.size, chipsAdded: next, wrongBatches, recordsPerBatch, newestTitle };
}

/** In the page: the smallest step performance.now() takes. */
function timerResolution() {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    let t1 = performance.now();
    while (t1 === t0) t1 = performance.now();
    best = Math.min(best, t1 - t0);
  }
  return best;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const check = (condition, message) => {
  if (!condition) throw new Error(`bench:detect sanity check failed: ${message}`);
};

const [detectScript, pagesScript] = await Promise.all([
  bundle('tests/bench/detect-entry.ts'),
  bundle('tests/bench/google-pages.mjs', 'upwardBenchPages'),
]);

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: chromiumArgs(),
});
/** @type {{ pages: Record<string, any>, metrics: any[], [key: string]: any }} */
const results = { pages: {}, metrics: [] };
/** @type {any[]} */
const batchPages = [];
try {
  results.chromium = browser.version();
  for (const spec of PAGES) {
    const plan = googlePagePlan(spec.view, spec.count);
    const html = spec.view === 'month' ? googleMonthPage(spec.count) : googleWeekPage(spec.count);
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: detectScript });
    await page.addScriptTag({ content: pagesScript });
    results.timerResolutionMs ??= await page.evaluate(timerResolution);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);

    const scan = await page.evaluate(measureScan, SCAN);
    check(scan.sanity.watcherEvents > 0, `${spec.name}: the watcher read no events`);
    check(
      scan.sanity.watcherEvents === plan.meetings,
      `${spec.name}: the watcher read ${scan.sanity.watcherEvents} events, the page has ${plan.meetings} meetings (+${plan.tasks} tasks)`,
    );
    check(scan.sanity.readEvents === plan.meetings, `${spec.name}: readEvents found ${scan.sanity.readEvents}`);
    check(
      scan.sanity.chipNodes === plan.chips,
      `${spec.name}: ${scan.sanity.chipNodes} chip nodes, expected ${plan.chips}`,
    );
    const entry = {
      name: spec.name,
      plan,
      domElements: domNodes,
      htmlBytes: html.length,
      scan: {
        initialMs: median(scan.scans),
        completeMs: median(scan.completes),
        baselineMs: median(scan.baselines),
        samples: { initial: scan.scans, complete: scan.completes, baseline: scan.baselines },
        innerRepeats: { initial: scan.scanInner, baseline: scan.baseInner },
        sanity: scan.sanity,
      },
    };
    entry.scan.ratio = entry.scan.initialMs / entry.scan.baselineMs;
    entry.scan.completeRatio = entry.scan.completeMs / entry.scan.baselineMs;
    // The watcher reads at most SLICE chips per task: the longest task the first look adds.
    entry.scan.sliceChips = scan.slice;
    entry.scan.sliceMs = entry.scan.completeMs * Math.min(1, scan.slice / plan.chips);

    results.pages[spec.key] = entry;
    if (spec.batch) batchPages.push({ spec, page, entry });
    else await page.close();
  }

  // One-chip batches, the pages interleaved loop by loop (ABBA…) so that noise from the rest
  // of the machine falls on both alike.
  const march10 = dateKey(new Date(2026, 2, 10));
  for (const b of batchPages) {
    b.initial = await b.page.evaluate(setupBatch, { dateKey: march10 });
    b.loops = [];
    for (let i = 0; i < BATCH.warmupLoops; i++) await b.page.evaluate(runBatchLoop, BATCH);
  }
  for (let loop = 0; loop < BATCH.loops; loop++) {
    const order = loop % 2 ? [...batchPages].reverse() : batchPages;
    for (const b of order) b.loops.push(await b.page.evaluate(runBatchLoop, BATCH));
  }
  for (const { spec, page, entry, initial, loops } of batchPages) {
    const s = { ...initial, ...(await page.evaluate(finishBatch)) };
    check(s.wrongBatches === 0, `${spec.name}: ${s.wrongBatches} one-chip batches did not read exactly one chip`);
    // Every added chip was removed again: the watcher must have forgotten exactly those.
    check(
      s.eventsAfter === s.initialEvents,
      `${spec.name}: the watcher knows ${s.eventsAfter} events after the batches, not ${s.initialEvents}`,
    );
    check(s.newestTitle?.startsWith('Dana / Sam'), `${spec.name}: the last added chip read as ${s.newestTitle}`);
    entry.batch = { meanMs: median(loops), perLoopMeanMs: loops, ...BATCH, sanity: s };
    await page.close();
  }
} finally {
  await browser.close();
}

// Metrics and targets.
const ms = (v) => (v < 1 ? `${(v * 1000).toFixed(1)} µs` : `${v.toFixed(2)} ms`);
const metric = (name, value, shown, target, pass) => results.metrics.push({ name, value, shown, target, pass });
for (const spec of PAGES) {
  const { scan, plan } = results.pages[spec.key];
  metric(`${spec.name}: initial scan, blocking part (collect chips)`, scan.initialMs, ms(scan.initialMs), '', null);
  metric(`${spec.name}: bare baseline`, scan.baselineMs, ms(scan.baselineMs), '', null);
  metric(
    `${spec.name}: complete first read (all ${scan.sanity.watcherEvents}/${plan.meetings} labels parsed)`,
    scan.completeMs,
    `${ms(scan.completeMs)} (${scan.completeRatio.toFixed(1)}× baseline)`,
    '',
    null,
  );
  metric(
    `${spec.name}: longest task while reading (${scan.sliceChips} chips)`,
    scan.sliceMs,
    ms(scan.sliceMs),
    '< 50 ms',
    scan.sliceMs < 50,
  );
  metric(
    `${spec.name}: initial scan (blocking) / baseline`,
    scan.ratio,
    `${scan.ratio.toFixed(2)}×`,
    `≤ ${TARGET.scanRatio}×`,
    scan.ratio <= TARGET.scanRatio,
  );
}
const small = results.pages.week50.batch.meanMs;
const big = results.pages.week500.batch.meanMs;
metric('one-chip batch, week 50 (mean per batch)', small, ms(small), '< 1 ms', small < TARGET.batchMs);
metric('one-chip batch, week 500 (mean per batch)', big, ms(big), '< 1 ms', big < TARGET.batchMs);
metric(
  'one-chip batch ratio 500 / 50',
  big / small,
  `${(big / small).toFixed(2)}×`,
  `< ${TARGET.batchRatio}×`,
  big / small < TARGET.batchRatio,
);
// Each calendar site has its own content script (only its adapter): each must stay small.
results.contentScripts = [];
for (const file of CONTENT_SCRIPTS) {
  const label = `content script ${file.split('/').pop()}, gzip -9`;
  if (!existsSync(file)) {
    metric(label, null, `missing: ${file} (run wxt build)`, '< 12 KB', false);
    continue;
  }
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  results.contentScripts.push({ file, rawBytes: raw.length, gzipBytes: gzip });
  metric(
    label,
    gzip,
    `${(gzip / 1024).toFixed(2)} KB (raw ${(raw.length / 1024).toFixed(1)} KB)`,
    '< 12 KB',
    gzip < TARGET.gzipBytes,
  );
}

results.date = new Date().toISOString();
results.node = process.version;
results.cpus = cpus().length;
results.settings = { scan: SCAN, batch: BATCH, target: TARGET };
results.durationS = (performance.now() - began) / 1000;
mkdirSync('bench-results', { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const verdict = (pass) => (pass === null ? 'info' : pass ? 'PASS' : '**MISS**');
console.log(
  `\nUpward detection benchmark — Chromium ${results.chromium}, ${results.cpus} CPUs, timer step ${ms(results.timerResolutionMs)}\n`,
);
console.log('| metric | value | target | result |');
console.log('|---|---:|---:|:---:|');
for (const m of results.metrics) console.log(`| ${m.name} | ${m.shown} | ${m.target} | ${verdict(m.pass)} |`);
const missed = results.metrics.filter((m) => m.pass === false);
console.log(
  `\nMedians: initial scan and baseline over ${SCAN.repeats} samples (after ${SCAN.warmup} warm-ups); one-chip batches: mean of ${BATCH.batches} per loop, median of ${BATCH.loops} loops.`,
);
console.log(
  `${missed.length ? `MISS: ${missed.length} target(s) missed.` : 'All targets met.'} Written to ${RESULTS} (${results.durationS.toFixed(1)} s).`,
);
