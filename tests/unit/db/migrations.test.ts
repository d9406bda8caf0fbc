import { readFileSync } from 'node:fs';
import { type IDBPDatabase, openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { exportBackupJson, importBackupJson } from '../../../lib/backup';
import { closeDb } from '../../../lib/db';
import { createVersion1, upgradeUpwardDb } from '../../../lib/db/migrations';
import { openUpwardDb } from '../../../lib/db/open';
import { DB_NAME, DB_VERSION, type StoreName, type UpwardDb, type UpwardDbV1 } from '../../../lib/db/schema';

type Saved = Record<string, unknown[]>;
const fixture = (version: number): Saved => {
  const { _about, ...stores } = JSON.parse(
    readFileSync(new URL(`../../fixtures/db/v${version}.json`, import.meta.url), 'utf8'),
  ) as Saved & { _about: string };
  return stores;
};

/** Every past schema version with a saved database. Add a row (and a fixture) with each new version. */
const PAST_VERSIONS = [1, 2, 3];

/** Builds the database exactly as that release left it on a user's machine, with the saved records. */
async function restoreDatabase(version: number, saved: Saved): Promise<void> {
  const db =
    version === 1
      ? ((await openDB<UpwardDbV1>(DB_NAME, 1, {
          upgrade: (v1) => createVersion1(v1),
        })) as unknown as IDBPDatabase<UpwardDb>)
      : await openDB<UpwardDb>(DB_NAME, version, { upgrade: upgradeUpwardDb });
  expect([...db.objectStoreNames].sort(), `the fixture's stores are the stores of version ${version}`).toEqual(
    Object.keys(saved).sort(),
  );
  const stores = Object.keys(saved) as StoreName[];
  const tx = db.transaction(stores, 'readwrite');
  for (const store of stores) {
    // biome-ignore lint/suspicious/noExplicitAny: fixture records are checked by the assertions below.
    for (const record of saved[store] ?? []) await tx.objectStore(store).put(record as any);
  }
  await tx.done;
  db.close();
}

/** Records in key order, whatever their store's key is called. */
const sortById = (records: unknown[]) => {
  const key = (record: unknown) => {
    const { id, key, seriesId } = record as { id?: string; key?: string; seriesId?: string };
    return String(id ?? key ?? seriesId);
  };
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

describe('migration ladder', () => {
  test('there is a saved database for every past version', () => {
    expect(PAST_VERSIONS).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  test.each(PAST_VERSIONS)(
    'a saved v%i database upgrades to the current version with every record intact',
    async (version) => {
      const saved = fixture(version);
      await restoreDatabase(version, saved);
      const db = await openUpwardDb();
      expect(db.version).toBe(DB_VERSION);
      for (const [store, records] of Object.entries(saved)) {
        const stored = await db.getAll(store as StoreName);
        expect(sortById(stored), `store "${store}" lost or changed records in the upgrade`).toEqual(sortById(records));
      }
      expect([...db.objectStoreNames].sort()).toEqual([
        'checklist',
        'commitments',
        'meetings',
        'needs',
        'notes',
        'people',
        'questions',
        'series',
        'settings',
      ]);
      expect(await db.getAllFromIndex('needs', 'byPerson', 'p-dana')).toHaveLength(2);
      // The indexes added on the way work on the old records too.
      expect(await db.countFromIndex('needs', 'byCreatedAt')).toBe(saved.needs?.length);
      // Version 4's commitments store starts empty and takes records by person and by time.
      expect(await db.count('commitments')).toBe(0);
      await db.put('commitments', {
        id: 'c-new',
        personId: 'p-dana',
        text: 'Send the design doc',
        owner: 'me',
        status: 'open',
        createdAt: 1,
        updatedAt: 1,
      });
      expect(await db.getAllFromIndex('commitments', 'byPerson', 'p-dana')).toHaveLength(1);
      expect(await db.countFromIndex('commitments', 'byCreatedAt')).toBe(1);
      db.close();
    },
  );

  test.each(PAST_VERSIONS)('a migrated v%i database backs up and restores byte for byte', async (version) => {
    await restoreDatabase(version, fixture(version));
    const backup = await exportBackupJson(0);
    await closeDb();
    globalThis.indexedDB = new IDBFactory();
    expect(await importBackupJson(backup)).toMatchObject({ ok: true });
    expect(await exportBackupJson(0)).toBe(backup);
  });

  test('every version from empty climbs to the same set of stores and indexes', async () => {
    const fresh = await openUpwardDb('fresh');
    const shape = (db: typeof fresh) =>
      [...db.objectStoreNames].map((name) => {
        const store = db.transaction(name).objectStore(name);
        return [name, store.keyPath, [...store.indexNames].sort()];
      });
    for (const version of PAST_VERSIONS) {
      globalThis.indexedDB = new IDBFactory();
      await restoreDatabase(version, fixture(version));
      const upgraded = await openUpwardDb();
      expect(shape(upgraded), `climbing from v${version}`).toEqual(shape(fresh));
      upgraded.close();
    }
    fresh.close();
  });

  test('a page holding the old version closes itself so an upgrade in another page never hangs', async () => {
    const oldPage = await openUpwardDb(DB_NAME, 1);
    const newPage = await openUpwardDb(DB_NAME, DB_VERSION);
    expect(newPage.version).toBe(DB_VERSION);
    // Without the `blocking` handler the open above would wait forever (test timeout);
    // with it the old connection is closed, so using it now throws.
    expect(() => oldPage.transaction('people')).toThrow();
    newPage.close();
  });

  test('an empty database left at version 1 by a stray open still gets every store', async () => {
    const stray = await openDB(DB_NAME);
    expect(stray.version).toBe(1);
    stray.close();
    const db = await openUpwardDb();
    expect([...db.objectStoreNames]).toContain('checklist');
    expect([...db.objectStoreNames]).toContain('settings');
    db.close();
  });
});
