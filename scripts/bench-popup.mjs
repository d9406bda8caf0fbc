// `npm run bench:popup`: how long the toolbar popup takes from opening to ready, in real
// Chromium with the built extension. Ready to type = the quick-note box has focus (mark
// `upward:typing`), which is what the 100 ms target is about; the recent list drawn too (mark
// `upward:ready`, components/popup/ready.ts) is reported beside it. Marks count from navigation start. 20 opens with an empty store, then 20 with a large
// one (10,000 notes, 1,000 needs, 1,000 questions, 300 meetings). A benchmark, not a test: it
// exits 0 when the target is missed (and prints MISS); it fails only when the measurement is
// broken (no mark, box not focused, the list not showing what the store holds).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { seedThroughImport } from '../tests/support/seed.mjs';
import { CHROMIUM, chromiumArgs } from './chromium.mjs';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const RESULTS = 'bench-results/popup.json';
const OPENS = 20;
const WARMUP = 2;
const TARGET_MS = 100;
const LARGE = { notes: 10_000, needs: 1_000, questions: 1_000, meetings: 300 };

const began = performance.now();
const check = (condition, message) => {
  if (!condition) throw new Error(`bench:popup sanity check failed: ${message}`);
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * The large store: two years of history for three people, as records of lib/model.
 * @param {{ notes: number, needs: number, questions: number, meetings: number }} size
 * @returns {import('../tests/support/seed.mjs').Seed}
 */
function largeSeed({ notes, needs, questions, meetings }) {
  const two = (/** @type {number} */ n) => String(n).padStart(2, '0');
  const wall = (/** @type {number} */ ms) => {
    const d = new Date(ms);
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
  };
  const now = Date.now();
  const day = 86_400_000;
  /** @type {import('../lib/model').Person[]} */
  const people = [
    person('bench-dana', 'Dana Reyes', 'manager'),
    person('bench-lee', 'Lee Okafor', 'skip-level'),
    person('bench-ana', 'Ana María Núñez', 'mentor'),
  ];
  const who = (/** @type {number} */ i) => people[i % people.length]?.id ?? '';
  // Two years of history, oldest first; entries in a shuffled time order, as real use makes them.
  const at = (/** @type {number} */ i, /** @type {number} */ total) =>
    now - 730 * day + Math.floor((i / total) * 730 * day) + (i % 97);
  const words = 'Ask about the roadmap, the budget and how the reorg lands for the team this quarter. ';
  /** @type {import('../lib/model').NeedStatus[]} */
  const needStatuses = ['open', 'raised', 'met', 'dropped'];
  /** @type {import('../lib/model').QuestionStatus[]} */
  const questionStatuses = ['open', 'asked', 'answered'];
  return {
    people,
    notes: Array.from({ length: notes }, (_, i) => ({
      id: `bench-note-${i}`,
      text: `${i}: ${words.repeat(1 + (i % 4))}`,
      createdAt: at(i, notes),
      ...(i % 5 ? { personId: who(i) } : {}),
    })),
    needs: Array.from({ length: needs }, (_, i) => {
      const createdAt = at(i, needs) + 13;
      const status = needStatuses[i % 4] ?? 'open';
      return {
        id: `bench-need-${i}`,
        personId: who(i),
        text: `Need ${i}: ${words}`,
        status,
        order: i,
        history: [{ status, at: createdAt }],
        createdAt,
        updatedAt: createdAt,
      };
    }),
    questions: Array.from({ length: questions }, (_, i) => {
      const createdAt = at(i, questions) + 29;
      const status = questionStatuses[i % 3] ?? 'open';
      return {
        id: `bench-question-${i}`,
        personId: who(i),
        text: `Question ${i}: ${words}`,
        kind: 'mine',
        status,
        createdAt,
        updatedAt: createdAt,
      };
    }),
    // Weekly 1:1s: most in the past, a few ahead.
    meetings: Array.from({ length: meetings }, (_, i) => {
      const start = now - (meetings - 10 - i) * 7 * day + 3_600_000;
      return {
        id: `google:bench${i}`,
        seriesId: `google:bench-series-${i % 3}`,
        title: 'Dana / Sam',
        start: wall(start),
        end: wall(start + 1_800_000),
        personId: who(i),
        ticks: [],
        notes: '',
        updatedAt: now,
      };
    }),
  };
}

/**
 * @param {string} id @param {string} name @param {import('../lib/model').Relation} relation
 * @returns {import('../lib/model').Person}
 */
function person(id, name, relation) {
  return { id, name, emails: [], aliases: [], relation, createdAt: 0, updatedAt: 0 };
}

/** In an extension page: how many records each store holds. */
function countStores(names) {
  return new Promise((done, failed) => {
    const open = indexedDB.open('upward');
    open.onerror = () => failed(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(names);
      const counts = {};
      for (const name of names) {
        const request = tx.objectStore(name).count();
        request.onsuccess = () => {
          counts[name] = request.result;
        };
      }
      tx.oncomplete = () => {
        db.close();
        done(counts);
      };
      tx.onerror = () => failed(tx.error);
    };
  });
}

/** One open: a fresh page, like a fresh popup document; the marks read from inside it. */
async function openOnce(context, url) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('upward:ready').length > 0, null, {
    timeout: 15_000,
  });
  const sample = await page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    return {
      readyMs: mark('upward:ready'),
      typingMs: mark('upward:typing'),
      scriptMs: mark('upward:script'),
      domContentLoadedMs: nav?.domContentLoadedEventEnd ?? null,
      focused: document.activeElement?.id === 'quick-note',
      recentItems: document.querySelectorAll('[aria-label="Recent notes"] > li').length,
      emptyShown: document.body.textContent.includes('Nothing filed yet'),
    };
  });
  await page.close();
  return sample;
}

/**
 * The browser's own cost of opening an extension document, with none of Upward's code: the
 * extension's 16 px icon opened the same way (fresh page, same process). Its DOMContentLoaded
 * is the floor under any popup on this machine at this moment.
 */
async function baselineOnce(context, iconUrl) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(iconUrl);
  const loaded = await page.evaluate(
    () =>
      /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0])
        ?.domContentLoadedEventEnd ?? null,
  );
  await page.close();
  return loaded;
}

async function run(context, url, name, expectItems) {
  const warmups = [];
  for (let i = 0; i < WARMUP; i++) warmups.push(await openOnce(context, url));
  const samples = [];
  for (let i = 0; i < OPENS; i++) samples.push(await openOnce(context, url));
  for (const s of samples) {
    check(
      s.readyMs !== null && s.typingMs !== null && s.scriptMs !== null,
      `${name}: an open left no upward:ready / upward:typing / upward:script mark`,
    );
    check(s.focused, `${name}: the quick-note box was not focused when ready`);
    check(
      expectItems ? s.recentItems === expectItems : s.emptyShown,
      `${name}: the recent list showed ${s.recentItems} items (empty state: ${s.emptyShown})`,
    );
  }
  const ready = samples.map((s) => s.readyMs);
  const typing = samples.map((s) => s.typingMs);
  const script = samples.map((s) => s.scriptMs);
  const ours = samples.map((s) => s.readyMs - s.scriptMs);
  return {
    name,
    opens: OPENS,
    warmups: WARMUP,
    ready: { median: percentile(ready, 50), p95: percentile(ready, 95), max: Math.max(...ready) },
    typing: { median: percentile(typing, 50), p95: percentile(typing, 95) },
    scriptStart: { median: percentile(script, 50), p95: percentile(script, 95) },
    scriptToReady: { median: percentile(ours, 50), p95: percentile(ours, 95) },
    samples,
    warmupSamples: warmups,
  };
}

const profile = mkdtempSync(join(tmpdir(), 'upward-bench-popup-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: chromiumArgs(EXTENSION_DIR),
});
/** @type {{ scenarios: any[], [key: string]: any }} */
const results = { scenarios: [] };
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const url = `chrome-extension://${id}/popup.html`;
  results.chromium = context.browser()?.version() ?? null;

  const iconUrl = `chrome-extension://${id}/icon/16.png`;
  for (let i = 0; i < WARMUP; i++) await baselineOnce(context, iconUrl);
  const floor = [];
  for (let i = 0; i < OPENS; i++) floor.push(await baselineOnce(context, iconUrl));
  check(
    floor.every((v) => typeof v === 'number' && v > 0),
    'the baseline document reported no DOMContentLoaded',
  );
  results.baseline = { median: percentile(floor, 50), p95: percentile(floor, 95), samples: floor };

  results.scenarios.push(await run(context, url, 'empty store', 0));

  const seedStart = performance.now();
  await seedThroughImport(context, new URL(url).host, largeSeed(LARGE));
  results.seedMs = performance.now() - seedStart;
  const seeder = await context.newPage();
  await seeder.goto(url);
  await seeder.waitForFunction(() => performance.getEntriesByName('upward:ready').length > 0);
  const counts = await seeder.evaluate(countStores, ['notes', 'needs', 'questions', 'meetings', 'people']);
  await seeder.close();
  check(
    counts.notes === LARGE.notes && counts.needs === LARGE.needs && counts.questions === LARGE.questions,
    `the large store holds ${JSON.stringify(counts)}`,
  );
  results.largeStore = counts;

  results.scenarios.push(
    await run(
      context,
      url,
      `${LARGE.notes.toLocaleString('en')} notes, ${LARGE.needs.toLocaleString('en')} needs and questions each`,
      8,
    ),
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

results.date = new Date().toISOString();
results.node = process.version;
results.cpus = cpus().length;
results.settings = { opens: OPENS, warmups: WARMUP, targetMs: TARGET_MS, large: LARGE };
results.durationS = (performance.now() - began) / 1000;
mkdirSync('bench-results', { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const ms = (v) => `${v.toFixed(1)} ms`;
console.log(`\nUpward popup benchmark — Chromium ${results.chromium}, ${results.cpus} CPUs\n`);
console.log(
  '| store | opens | script starts (median) | **ready to type** (median / p95) | recent list drawn too (median / p95) | Upward’s share: script → list (median / p95) | target | result |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|:---:|');
for (const s of results.scenarios) {
  const pass = s.typing.p95 < TARGET_MS;
  console.log(
    `| ${s.name} | ${s.opens} | ${ms(s.scriptStart.median)} | ${ms(s.typing.median)} / ${ms(s.typing.p95)} | ${ms(s.ready.median)} / ${ms(s.ready.p95)} | ${ms(s.scriptToReady.median)} / ${ms(s.scriptToReady.p95)} | ready to type < ${TARGET_MS} ms (p95) | ${pass ? 'PASS' : '**MISS**'} |`,
  );
}
console.log(
  `\nOpen-to-ready: navigation start → quick-note box focused (upward:typing), and → recent list drawn as well (upward:ready); each open a fresh page at 360 px, after ${WARMUP} warm-up opens. Seeding the large store took ${ms(results.seedMs)} in one transaction.`,
);
console.log(
  `Baseline (the browser alone, a bare extension document opened the same way): median ${ms(results.baseline.median)}, p95 ${ms(results.baseline.p95)}.`,
);
const missed = results.scenarios.filter((s) => s.typing.p95 >= TARGET_MS);
console.log(
  `${missed.length ? `MISS: ${missed.length} scenario(s) over target.` : 'All targets met.'} Written to ${RESULTS} (${results.durationS.toFixed(1)} s).`,
);
