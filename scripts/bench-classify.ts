// `npm run bench:classify`: what recognising an event costs when people carry as many names as
// Upward allows (PERSON_LIMITS), against a baseline of ordinary people, and whether the cost per
// event stays flat as a report grows. Runs the real lib/oneonone code in Node (it is pure). A
// benchmark, not a test: it exits 0 when a target is missed and prints MISS; it fails only when
// the measurement is broken (a verdict that differs from what the case expects).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { CalendarEvent } from '../lib/calendar/types';
import { type Me, PERSON_LIMITS, type Person } from '../lib/model';
import { classify } from '../lib/oneonone/classify';
import { type NameIndex, nameIndex } from '../lib/oneonone/names';

const RESULTS = 'bench-results/classify.json';
const SAMPLES = 15;
const WARMUP = 3;
/** Targets, as ratios to the in-run baseline. */
const TARGETS = { capsPerEvent: 4, hoarderPerEvent: 4, flat: 1.5 };

const check = (condition: boolean, message: string) => {
  if (!condition) throw new Error(`bench:classify sanity check failed: ${message}`);
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const words = ['Reyes', 'Okafor', 'Núñez', 'Patel', 'Kim', 'Brown', 'Singh', 'Haddad', 'Ivanova', 'Tanaka'];
const longName = (seed: number, chars: number) => {
  let name = '';
  for (let i = 0; name.length < chars; i++) name += `${words[(seed + i) % words.length]}${seed + i} `;
  return name.slice(0, chars).trim();
};

function person(id: string, name: string, relation: Person['relation'], aliases: string[], emails: string[]): Person {
  return { id, name, emails, aliases, relation, createdAt: 0, updatedAt: 0 };
}

const me: Me = { name: 'Sam Patel', emails: ['sam@example.com'] };
const ordinary: Person[] = [
  person('dana', 'Dana Reyes', 'manager', ['DR'], ['dana@example.com']),
  person('lee', 'Lee Okafor', 'skip-level', [], ['lee@example.com']),
  person('ana', 'Ana María Núñez', 'mentor', [], ['ana@example.org']),
];
/** Everyone at the limits: the longest names, the most aliases and emails a person may have. */
const atCaps: Person[] = ordinary.map((p, n) =>
  person(
    p.id,
    `${p.name} ${longName(n * 100, PERSON_LIMITS.nameChars - p.name.length - 1)}`,
    p.relation,
    Array.from({ length: PERSON_LIMITS.aliases }, (_, i) => longName(n * 1000 + i * 7, PERSON_LIMITS.nameChars)),
    Array.from({ length: PERSON_LIMITS.emails }, (_, i) => `${p.id}${i}@example.com`),
  ),
);
const meAtCaps: Me = { name: `Sam Patel ${longName(5, PERSON_LIMITS.nameChars - 10)}`, emails: me.emails };
/** A record imported before the limits: one person with 3,000 aliases (53 KB of backup). */
const hoarder: Person[] = [
  person(
    'dana',
    'Dana Reyes',
    'manager',
    Array.from({ length: 3000 }, (_, i) => `Alias number ${i}`),
    ['dana@example.com'],
  ),
];

const TITLES = [
  'Dana / Sam',
  'Sam <> Lee',
  'Team sync',
  'Ana María catch-up',
  'Lunch with Dana’s team',
  'Quarterly planning: roadmap review and budget',
  'Weekly 1:1',
  'Dan / Sam',
];
function events(count: number): CalendarEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    site: 'google',
    id: `google:e${i}`,
    seriesId: `google:s${i % 40}`,
    recurring: i % 3 === 0,
    title: `${TITLES[i % TITLES.length]}${i % 5 === 0 ? ` ${longName(i, 60)}` : ''}`,
    organizer: i % 2 ? 'Dana Reyes' : 'Sam Patel',
    start: '2026-03-10T15:00',
    end: '2026-03-10T15:30',
    allDay: false,
    response: 'accepted',
    cancelled: false,
  }));
}

/** One report, as the background classifies it: the index built once, every event classified. */
function report(list: readonly CalendarEvent[], who: Me, people: Person[], names: NameIndex): number {
  let found = 0;
  for (const event of list) {
    const verdict = classify({
      event,
      guests: null,
      me: who,
      people,
      names,
      overrides: new Map(),
      confirmedSeries: new Map(),
    });
    if (verdict.personId) found++;
  }
  return found;
}

/** Microseconds per event, median of SAMPLES after WARMUP. */
function perEvent(label: string, count: number, who: Me, people: Person[]) {
  const list = events(count);
  const names = nameIndex(who, people);
  const times: number[] = [];
  let found = 0;
  for (let sample = 0; sample < WARMUP + SAMPLES; sample++) {
    const began = performance.now();
    found = report(list, who, people, names);
    const took = performance.now() - began;
    if (sample >= WARMUP) times.push((took * 1000) / count);
  }
  return { label, events: count, usPerEvent: median(times), samples: times, oneOnOnes: found };
}

function indexBuild(who: Me, people: Person[]) {
  const times: number[] = [];
  for (let sample = 0; sample < WARMUP + SAMPLES; sample++) {
    const began = performance.now();
    nameIndex(who, people);
    if (sample >= WARMUP) times.push(performance.now() - began);
  }
  return median(times);
}

const baseline = perEvent('ordinary people, 1,000 events', 1000, me, ordinary);
const small = perEvent('ordinary people, 100 events', 100, me, ordinary);
const large = perEvent('ordinary people, 5,000 events', 5000, me, ordinary);
const caps = perEvent('everyone at the limits, 1,000 events', 1000, meAtCaps, atCaps);
const hoard = perEvent('one person with 3,000 aliases (stored before the limits), 1,000 events', 1000, me, hoarder);
check(baseline.oneOnOnes > 0, 'the ordinary case recognised no 1:1 at all');
check(small.oneOnOnes > 0 && large.oneOnOnes > 0, 'a report recognised no 1:1');

const ratio = (a: number, b: number) => a / b;
const rows = [
  { metric: 'per event, ordinary people (baseline)', value: `${baseline.usPerEvent.toFixed(1)} µs`, target: '—' },
  {
    metric: 'per event at the limits / baseline',
    value: `${ratio(caps.usPerEvent, baseline.usPerEvent).toFixed(2)}×`,
    target: `≤ ${TARGETS.capsPerEvent}×`,
    miss: ratio(caps.usPerEvent, baseline.usPerEvent) > TARGETS.capsPerEvent,
  },
  {
    metric: 'per event, 3,000 stored aliases / baseline',
    value: `${ratio(hoard.usPerEvent, baseline.usPerEvent).toFixed(2)}×`,
    target: `≤ ${TARGETS.hoarderPerEvent}×`,
    miss: ratio(hoard.usPerEvent, baseline.usPerEvent) > TARGETS.hoarderPerEvent,
  },
  {
    metric: 'per event, 5,000-event report / 100-event report',
    value: `${ratio(large.usPerEvent, small.usPerEvent).toFixed(2)}×`,
    target: `≤ ${TARGETS.flat}×`,
    miss: ratio(large.usPerEvent, small.usPerEvent) > TARGETS.flat,
  },
  { metric: 'name index, ordinary (once per change of people)', value: `${indexBuild(me, ordinary).toFixed(3)} ms` },
  { metric: 'name index, at the limits', value: `${indexBuild(meAtCaps, atCaps).toFixed(3)} ms` },
  { metric: 'name index, 3,000 stored aliases', value: `${indexBuild(me, hoarder).toFixed(3)} ms` },
];

console.log('| metric | value | target |\n|---|---:|---|');
for (const row of rows)
  console.log(`| ${row.metric} | ${row.value} | ${row.target ?? 'info'}${row.miss ? ' **MISS**' : ''} |`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  RESULTS,
  JSON.stringify(
    {
      at: new Date().toISOString(),
      cpus: cpus().length,
      node: process.version,
      runs: [baseline, small, large, caps, hoard],
      rows,
    },
    null,
    2,
  ),
);
console.log(`\nwrote ${RESULTS}`);
