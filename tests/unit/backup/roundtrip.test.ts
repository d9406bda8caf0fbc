import { describe, expect, test, vi } from 'vitest';
import { exportBackupJson, importBackupJson } from '../../../lib/backup';
import { getDb, needs, people, settings, watchChanges } from '../../../lib/db';
import type { StoreName } from '../../../lib/db/schema';
import { backupFixture } from './fixtures';
import { dumpStore, SEED, seedStore, wipe } from './seed';

const NOW = Date.UTC(2026, 2, 10, 9, 30);

describe('export → wipe → import', () => {
  test('gives back the same bytes, and the same records', async () => {
    await seedStore();
    const before = await exportBackupJson(NOW);
    const storeBefore = await dumpStore();
    await wipe();
    expect(await importBackupJson(before)).toMatchObject({ ok: true });
    expect(await exportBackupJson(NOW)).toBe(before);
    expect(await dumpStore()).toEqual(storeBefore);
  });

  test('holds for records made through the app, 100 KB pastes and all', async () => {
    const dana = await people.add({ name: 'Dana', emails: ['dana@example.com'], relation: 'manager' });
    await needs.add(dana.id, `${'🧭 مرحبا '.repeat(12_000)}`);
    await settings.set('appearance', 'light');
    const before = await exportBackupJson(NOW);
    expect(before.length).toBeGreaterThan(100_000);
    await wipe();
    expect(await importBackupJson(before)).toMatchObject({ ok: true });
    expect(await exportBackupJson(NOW)).toBe(before);
  });

  test('an empty store exports your (empty) details and imports back to the same bytes', async () => {
    const before = await exportBackupJson(NOW);
    expect(JSON.parse(before)).toMatchObject({ settings: { me: { name: '', emails: [] } }, people: [], series: [] });
    await wipe();
    expect(await importBackupJson(before)).toMatchObject({ ok: true });
    expect(await exportBackupJson(NOW)).toBe(before);
  });
});

describe('export', () => {
  test('lists the format first, sorts records by id, indents by two spaces and ends with a newline', async () => {
    await seedStore();
    const text = await exportBackupJson(NOW);
    expect(
      text.startsWith('{\n  "format": "upward-backup",\n  "version": 2,\n  "exportedAt": "2026-03-10T09:30:00.000Z",'),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual([
      'format',
      'version',
      'exportedAt',
      'settings',
      'people',
      'needs',
      'questions',
      'checklist',
      'meetings',
      'notes',
      'series',
      'commitments',
    ]);
    expect(file.needs.map((need: { id: string }) => need.id)).toEqual(['n-orphan', 'n1', 'n2', 'n3']);
    expect(file.series.map((s: { seriesId: string }) => s.seriesId)).toEqual(['google:m', 'google:team', 'outlook:y']);
  });

  test('does not depend on the order records or their fields were stored in', async () => {
    await seedStore();
    const text = await exportBackupJson(NOW);
    await wipe();
    const db = await getDb();
    const tx = db.transaction('people', 'readwrite');
    for (const person of [...SEED.people].reverse()) {
      const reversed = Object.fromEntries(Object.entries(person).reverse()) as typeof person;
      await tx.store.put(reversed);
    }
    await tx.done;
    const file = JSON.parse(text);
    file.people = [];
    expect(await importBackupJson(JSON.stringify({ ...file, people: [] }))).toMatchObject({ ok: true });
    expect(await exportBackupJson(NOW)).toBe(text);
  });

  test('keeps a record damaged in storage as it is, and the import then names what is wrong', async () => {
    const db = await getDb();
    const broken = { ...SEED.needs[1], status: 'someday', extra: 'kept' };
    // biome-ignore lint/suspicious/noExplicitAny: a record the schema would never allow, on purpose.
    await db.put('needs', broken as any);
    const text = await exportBackupJson(NOW);
    expect(JSON.parse(text).needs).toEqual([broken]);
    const outcome = await importBackupJson(text);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.path)).toEqual(['needs.0.status', 'needs.0.extra']);
  });
});

describe('all or nothing', () => {
  /**
   * How many `put`s the import makes into the seeded store: one per record it writes (a record
   * whose stored copy is the same, or newer, is not written). Counted on a dry run, then wiped.
   */
  const writesIn = async (text: string) => {
    await seedStore();
    let count = 0;
    const { put } = IDBObjectStore.prototype;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      count++;
      return put.apply(this, args);
    });
    expect(await importBackupJson(text, NOW)).toMatchObject({ ok: true });
    vi.restoreAllMocks();
    await wipe();
    return count;
  };

  test.each([
    { where: 'the first write', failAt: 1, how: 'throws' },
    { where: 'a write halfway through', failAt: 12, how: 'throws' },
    { where: 'the very last write', failAt: 'last', how: 'throws' },
    { where: 'a write halfway through', failAt: 12, how: 'fails later' },
    { where: 'the very last write', failAt: 'last', how: 'fails later' },
  ] as const)('$where $how: every store stays as it was, and the refusal says so', async ({ failAt, how }) => {
    // Same ids as the seed, so a failing `add` in place of `put` raises a real ConstraintError.
    const file = backupFixture('v1-full.json')
      .replace(/Dana Reyes/g, 'Dana R.')
      .replace(/"text": "/g, '"text": "new ');
    const writes = await writesIn(file);
    await seedStore();
    const before = await exportBackupJson(NOW);
    const storeBefore = await dumpStore();
    const failing = failAt === 'last' ? writes : failAt;
    const heard: StoreName[] = [];
    const stop = watchChanges(['people', 'needs', 'settings'], (change) => heard.push(change.store));
    let calls = 0;
    const { put, add } = IDBObjectStore.prototype;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls !== failing) return put.apply(this, args);
      if (how === 'throws') throw new DOMException('Forced by the test', 'ConstraintError');
      return add.apply(this, args); // the key exists: the request fails after the fact
    });
    const outcome = await importBackupJson(file, NOW);
    vi.restoreAllMocks();
    // A throwing write stops the import at once; a request failing later finds every write already queued.
    expect(calls, 'the failure was reached').toBe(how === 'throws' ? failing : writes);
    expect(outcome).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/nothing was changed.*ConstraintError/) }],
    });
    expect(await exportBackupJson(NOW)).toBe(before);
    expect(await dumpStore()).toEqual(storeBefore);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard, 'no page is told to re-read after a refused import').toEqual([]);
    stop();
  });

  test('without a failure the same file does change the store (so the test above can fail)', async () => {
    await seedStore();
    const before = await exportBackupJson(NOW);
    const file = backupFixture('v1-full.json').replace(/Dana Reyes/g, 'Dana R.');
    expect(await importBackupJson(file, NOW)).toMatchObject({ ok: true });
    expect(await exportBackupJson(NOW)).not.toBe(before);
  });
});
