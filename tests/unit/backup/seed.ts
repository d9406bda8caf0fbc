import { IDBFactory } from 'fake-indexeddb';
import { closeDb, getDb } from '../../../lib/db';
import type { SeriesRecord, SettingsRecord } from '../../../lib/db/schema';
import type { ChecklistItem, Commitment, Meeting, Need, Note, Person, Question } from '../../../lib/model';

/**
 * A store with a bit of everything a real user has: every record type, every
 * optional field somewhere, emoji, right-to-left text, Markdown characters,
 * a long paste, settings, a series override and a removed person's need.
 */
const T = 1767225600000;
export const SEED = {
  people: [
    {
      id: 'p-dana',
      name: 'Dana Reyes',
      emails: ['dana@example.com'],
      aliases: ['DR'],
      relation: 'manager',
      about: {
        goals: 'Ship the Q3 platform',
        pressures: 'Budget review 📉',
        style: 'Short written updates',
        needsFromMe: 'Fewer surprises\nEarly warnings',
      },
      createdAt: T,
      updatedAt: T + 5,
    },
    {
      id: 'p-ana',
      name: 'Ana María Núñez',
      emails: ['ana@example.org'],
      aliases: [],
      relation: 'mentor',
      createdAt: T,
      updatedAt: T,
    },
    {
      id: 'p-rtl',
      name: 'נועה כהן',
      emails: [],
      aliases: ['נועה'],
      relation: 'skip-level',
      createdAt: T,
      updatedAt: T,
    },
  ] satisfies Person[],
  needs: [
    {
      id: 'n1',
      personId: 'p-dana',
      text: 'Tell me when you are *disappointed* in my work',
      status: 'raised',
      order: 0,
      history: [
        { status: 'open', at: T },
        { status: 'raised', at: T + 9, meetingId: 'google:m1' },
      ],
      createdAt: T,
      updatedAt: T + 9,
    },
    {
      id: 'n2',
      personId: 'p-dana',
      text: 'Clarity on the promotion path 🧭',
      status: 'open',
      order: 1,
      history: [{ status: 'open', at: T }],
      createdAt: T,
      updatedAt: T,
    },
    {
      id: 'n3',
      personId: 'p-dana',
      text: 'A quiet week',
      status: 'met',
      order: 2,
      history: [
        { status: 'open', at: T },
        { status: 'met', at: T + 1 },
      ],
      createdAt: T,
      updatedAt: T + 1,
    },
    {
      id: 'n-orphan',
      personId: 'p-removed',
      text: 'Left behind when someone was removed',
      status: 'open',
      order: 0,
      history: [{ status: 'open', at: T }],
      createdAt: T,
      updatedAt: T,
    },
  ] satisfies Need[],
  questions: [
    {
      id: 'q1',
      personId: 'p-dana',
      text: 'What do you need from me this quarter?',
      kind: 'flip-side',
      status: 'answered',
      answer: 'Fewer surprises',
      createdAt: T,
      updatedAt: T + 2,
    },
    {
      id: 'q2',
      personId: 'p-dana',
      text: 'How is the reorg landing?',
      kind: 'mine',
      status: 'asked',
      meetingId: 'google:m1',
      createdAt: T + 1,
      updatedAt: T + 2,
    },
    {
      id: 'q3',
      personId: 'p-dana',
      text: 'ما هي أولوياتك؟',
      kind: 'coaching',
      status: 'open',
      createdAt: T + 2,
      updatedAt: T + 2,
    },
  ] satisfies Question[],
  checklist: [
    { id: 'c1', text: 'See the person, not the title', order: 0, enabled: true },
    { id: 'c2', text: 'Listen fully', order: 1, enabled: false },
  ] satisfies ChecklistItem[],
  meetings: [
    {
      id: 'google:m1',
      seriesId: 'google:m',
      title: 'Dana / Sam',
      start: '2026-01-02T15:00',
      end: '2026-01-02T15:30',
      personId: 'p-dana',
      reasons: ['2 guests: you and Dana'],
      site: 'google',
      allDay: false,
      cancelled: false,
      declined: false,
      autoOpenedAt: T + 3,
      reminded: { main: { start: '2026-01-02T15:00', at: T + 2 }, 'wrap-up': { start: '2026-01-02T15:00', at: T + 4 } },
      ticks: ['c1'],
      notes: `Talked about the reorg. עברית\n${'long paste '.repeat(10_000)}`,
      movedFrom: '2026-01-01T15:00',
      wrappedUpAt: T + 5,
      mood: 4,
      win: true,
      updatedAt: T + 3,
    },
    {
      id: 'outlook:x',
      seriesId: 'outlook:x',
      title: 'Team sync',
      start: null,
      end: null,
      personId: null,
      ticks: [],
      notes: '',
      updatedAt: T,
    },
  ] satisfies Meeting[],
  notes: [
    { id: 't1', text: 'Ask about the budget freeze', createdAt: T, personId: 'p-dana' },
    { id: 't2', text: 'General thought 🙂', createdAt: T + 1 },
    { id: 't3', text: 'Follow up', createdAt: T + 2, personId: 'p-dana', meetingId: 'google:m1', win: true },
  ] satisfies Note[],
  commitments: [
    {
      id: 'k1',
      personId: 'p-dana',
      text: 'Send the *design* doc',
      owner: 'me',
      status: 'done',
      due: '2026-01-09',
      meetingId: 'google:m1',
      closedAt: T + 6,
      closedMeetingId: 'google:m1',
      createdAt: T + 5,
      updatedAt: T + 6,
    },
    { id: 'k2', personId: 'p-dana', text: 'Ask finance 📉', owner: 'them', status: 'open', createdAt: T, updatedAt: T },
    {
      id: 'k-orphan',
      personId: 'p-removed',
      text: 'Gone',
      owner: 'them',
      status: 'dropped',
      createdAt: T,
      updatedAt: T,
    },
  ] satisfies Commitment[],
  series: [
    { seriesId: 'google:m', title: 'Dana / Sam', override: 'always', overridePersonId: 'p-dana', updatedAt: T },
    { seriesId: 'google:team', title: 'Team sync', override: 'never', updatedAt: T },
    { seriesId: 'outlook:y', title: 'Dana <> Sam', confirmedPersonId: 'p-dana', updatedAt: T },
  ] satisfies SeriesRecord[],
  settings: [
    { key: 'me', value: { name: 'Sam Patel', emails: ['sam@example.com'] } },
    {
      key: 'reminders',
      value: {
        enabled: true,
        minutesBefore: 5,
        second: { kind: 'evening-before', time: '20:30' },
        quietHours: { enabled: true, start: '22:00', end: '07:00' },
      },
    },
    { key: 'appearance', value: 'dark' },
    { key: 'wrapUp', value: { notify: false } },
  ] satisfies SettingsRecord[],
};

export type SeedStore = keyof typeof SEED;

/** Writes the seed exactly as given, in one transaction. */
export async function seedStore(): Promise<void> {
  const db = await getDb();
  const stores = Object.keys(SEED) as SeedStore[];
  const tx = db.transaction(stores, 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const store of stores) {
    // biome-ignore lint/suspicious/noExplicitAny: each seed list matches its store (checked by `satisfies` above).
    for (const record of SEED[store]) writes.push(tx.objectStore(store).put(record as any));
  }
  await Promise.all([...writes, tx.done]);
}

/** A new, empty browser profile: the database and the cached connection are gone. */
export async function wipe(): Promise<void> {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
}

/** Every record of every store, for comparing the store itself (not only its export). */
export async function dumpStore(): Promise<Record<string, unknown[]>> {
  const db = await getDb();
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names);
  const all = await Promise.all(names.map((name) => tx.objectStore(name).getAll()));
  return Object.fromEntries(names.map((name, i) => [name, all[i] ?? []]));
}
