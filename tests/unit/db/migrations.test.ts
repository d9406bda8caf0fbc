import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { createVersion1 } from '../../../lib/db/migrations';
import { openUpwardDb } from '../../../lib/db/open';
import { DB_NAME, DB_VERSION, type UpwardDbV1 } from '../../../lib/db/schema';

type V1Store = 'people' | 'needs' | 'questions' | 'checklist' | 'meetings' | 'notes';
const V1_STORES: V1Store[] = ['people', 'needs', 'questions', 'checklist', 'meetings', 'notes'];
const saved = JSON.parse(readFileSync(new URL('../../fixtures/db/v1.json', import.meta.url), 'utf8')) as Record<
  V1Store,
  unknown[]
>;

/** Builds the database exactly as release 1 left it on a user's machine. */
async function restoreV1Database(): Promise<void> {
  const db = await openDB<UpwardDbV1>(DB_NAME, 1, { upgrade: (v1) => createVersion1(v1) });
  const tx = db.transaction(V1_STORES, 'readwrite');
  for (const store of V1_STORES) {
    // biome-ignore lint/suspicious/noExplicitAny: fixture records are checked by the assertions below.
    for (const record of saved[store]) await tx.objectStore(store).put(record as any);
  }
  await tx.done;
  db.close();
}

describe('migration ladder', () => {
  test('a saved v1 database upgrades to the current version with every record intact', async () => {
    await restoreV1Database();
    const db = await openUpwardDb();
    expect(db.version).toBe(DB_VERSION);
    for (const store of V1_STORES) {
      const records = await db.getAll(store);
      const byId = (a: unknown, b: unknown) =>
        String((a as { id: string }).id).localeCompare(String((b as { id: string }).id));
      expect(records.sort(byId), `store "${store}" lost or changed records in the upgrade`).toEqual(
        [...saved[store]].sort(byId),
      );
    }
    expect([...db.objectStoreNames].sort()).toEqual([
      'checklist',
      'meetings',
      'needs',
      'notes',
      'people',
      'questions',
      'series',
      'settings',
    ]);
    expect(await db.getAllFromIndex('needs', 'byPerson', 'p-dana')).toHaveLength(2);
    db.close();
  });

  test('every version from empty climbs to the same set of stores and indexes', async () => {
    const fresh = await openUpwardDb('fresh');
    await restoreV1Database();
    const upgraded = await openUpwardDb();
    const shape = (db: typeof fresh) =>
      [...db.objectStoreNames].map((name) => {
        const store = db.transaction(name).objectStore(name);
        return [name, store.keyPath, [...store.indexNames]];
      });
    expect(shape(upgraded)).toEqual(shape(fresh));
    fresh.close();
    upgraded.close();
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
