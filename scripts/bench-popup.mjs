// `npm run bench:popup`: how fast Upward's extension pages opened as documents are ready, in
// real Chromium with the built extension, each against the bare extension document opened the
// same way in the same run (bench-kit.mjs). The toolbar popup is ready to type when the quick-note
// box has focus (mark `upward:typing`) and fully ready when the recent list is drawn too
// (`upward:ready`, components/popup/ready.ts), with an empty store and with a large one (10,000
// notes, 1,000 needs, 1,000 questions, 300 meetings). The settings page is measured too (ready to
// use: its sections drawn with their data). A benchmark, not a test: a missed target prints MISS
// and exits 0; it fails only when the measurement is broken (no mark, box not focused, the list
// not showing what the store holds).
import { seedThroughImport } from '../tests/support/seed.mjs';
import {
  BARE_PAGE,
  check,
  dismissWelcome,
  EXTENSION_DIR,
  extensionIdOf,
  extensionWithBarePage,
  interleaved,
  launchBench,
  machineLoad,
  paintedAndParsed,
  report,
  SAMPLES,
  stats,
  WARM_UPS,
} from './bench-kit.mjs';

const NAME = 'bench:popup';
const LARGE = { notes: 10_000, needs: 1_000, questions: 1_000, meetings: 300 };
/** Ready to type within 1.3× the bare document; the recent list drawn within 1.6×. */
const TARGET = { typing: 1.3, listed: 1.6 };

const startedAt = performance.now();
const loadBefore = machineLoad();

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
function countStores() {
  const names = ['notes', 'needs', 'questions', 'meetings', 'people'];
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

/**
 * In every page, from its first line: the first animation frame at which `window.__readyWhen()`
 * holds (a page's own condition for "drawn and usable"), from navigation start.
 */
const READY_PROBE = `(() => {
  const look = () => {
    try {
      if (window.__readyWhen && window.__readyWhen()) { window.__readyAt = performance.now(); return; }
    } catch {}
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/** The settings page is usable once its sections have drawn what they read (the checklist is last to load). */
const OPTIONS_READY = `window.__readyWhen = () => document.querySelectorAll('[aria-label="Checklist items"] li').length > 0;`;

/** Opens `url` in a fresh page 360 px wide and returns what `read` finds in it once `until` holds. */
async function openOnce(context, url, until, read, init) {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 360, height: 600 });
    if (init) await page.addInitScript(init);
    await page.goto(url);
    await page.waitForFunction(until, null, { timeout: 15_000 });
    return await page.evaluate(read);
  } finally {
    await page.close();
  }
}

/** The bare document: when it first painted, and when it was parsed (paintedAndParsed, bench-kit.mjs). */
function bareOnce(context, id) {
  return openOnce(
    context,
    `chrome-extension://${id}/${BARE_PAGE}`,
    () => document.readyState === 'complete',
    paintedAndParsed,
  );
}

function popupOnce(context, id) {
  return openOnce(
    context,
    `chrome-extension://${id}/popup.html`,
    () =>
      performance.getEntriesByName('upward:ready').length > 0 &&
      performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
    () => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return {
        drawn: performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint')
          ?.startTime,
        typing: mark('upward:typing'),
        ready: mark('upward:ready'),
        script: mark('upward:script'),
        focused: document.activeElement?.id === 'quick-note',
        recentItems: document.querySelectorAll('[aria-label="Recent notes"] > li').length,
        emptyShown: document.body.textContent.includes('Nothing filed yet'),
      };
    },
  );
}

function optionsOnce(context, id) {
  return openOnce(
    context,
    `chrome-extension://${id}/options.html`,
    () => window.__readyAt !== undefined,
    () => window.__readyAt,
    `${OPTIONS_READY}\n${READY_PROBE}`,
  );
}

/** Opens of the bare document and of a page (`once`) alternate, after warm-ups of each; returns both series. */
async function againstBare(context, id, once) {
  for (let i = 0; i < WARM_UPS; i++) {
    await bareOnce(context, id);
    await once(context, id);
  }
  const bare = [];
  const opens = [];
  await interleaved(
    SAMPLES,
    async () => bare.push(await bareOnce(context, id)),
    async () => opens.push(await once(context, id)),
  );
  return { bare, opens };
}

async function popupScenario(context, id, name, expectItems) {
  const { bare, opens } = await againstBare(context, id, popupOnce);
  for (const s of opens) {
    check(s.typing !== null && s.ready !== null && s.script !== null, NAME, `${name}: an open left no marks`);
    check(s.focused, NAME, `${name}: the quick-note box was not focused when ready`);
    check(
      expectItems ? s.recentItems === expectItems : s.emptyShown,
      NAME,
      `${name}: the recent list showed ${s.recentItems} items (empty state: ${s.emptyShown})`,
    );
  }
  check(
    bare.every((v) => v.painted > 0 && v.parsed > 0),
    NAME,
    'the bare document reported no first paint or no DOMContentLoaded',
  );
  const baseline = stats(bare.map((v) => v.painted));
  const parsed = stats(bare.map((v) => v.parsed));
  return {
    baseline,
    rows: [
      {
        what: `popup, ${name}: ready to type`,
        baseline,
        measured: stats(opens.map((s) => s.typing)),
        target: TARGET.typing,
      },
      {
        what: `popup, ${name}: recent list drawn`,
        baseline,
        measured: stats(opens.map((s) => s.ready)),
        target: TARGET.listed,
      },
      {
        what: `popup, ${name}: its script starts`,
        baseline,
        measured: stats(opens.map((s) => s.script)),
        target: null,
      },
      {
        what: `popup, ${name}: first drawn`,
        baseline,
        measured: stats(opens.map((s) => s.drawn)),
        target: null,
      },
      {
        what: `popup, ${name}: ready to type, against the bare document's DOMContentLoaded (stricter)`,
        baseline: parsed,
        measured: stats(opens.map((s) => s.typing)),
        target: null,
      },
    ],
  };
}

async function optionsScenario(context, id) {
  const { bare, opens } = await againstBare(context, id, optionsOnce);
  const baseline = stats(bare.map((v) => v.painted));
  return { what: 'settings page (large store): ready to use', baseline, measured: stats(opens), target: null };
}

const extension = extensionWithBarePage();
const { context, remove } = await launchBench(extension.dir);
const rows = [];
/** @type {Record<string, unknown>} */
const extra = { large: LARGE };
try {
  const id = await extensionIdOf(context);
  await dismissWelcome(context);
  const empty = await popupScenario(context, id, 'empty store', 0);
  rows.push(...empty.rows);

  const seedStart = performance.now();
  await seedThroughImport(context, id, largeSeed(LARGE));
  extra.seedMs = Math.round(performance.now() - seedStart);
  const counts = await openOnce(
    context,
    `chrome-extension://${id}/popup.html`,
    () => performance.getEntriesByName('upward:ready').length > 0,
    countStores,
  );
  check(
    counts.notes === LARGE.notes && counts.needs === LARGE.needs && counts.questions === LARGE.questions,
    NAME,
    `the large store holds ${JSON.stringify(counts)}`,
  );
  extra.largeStore = counts;
  const large = await popupScenario(context, id, '10,000 notes, 2,000 needs and questions', 8);
  rows.push(...large.rows);
  rows.push(await optionsScenario(context, id));
} finally {
  await context.close();
  remove();
  extension.remove();
}

report('popup', {
  title: 'Upward popup and settings page',
  rows,
  startedAt,
  loadBefore,
  extra,
  notes: [
    `Each open is a fresh page 360 px wide; times count from navigation start. Baseline: ${BARE_PAGE}, a bare extension document (no script, no style sheet) opened the same way, alternating with the measured opens; when it first painted (first-contentful-paint), the moment a page can be used at all. Its DOMContentLoaded, about half that, is the stricter reference row. Build: ${EXTENSION_DIR}.`,
  ],
});
