import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { UpwardDb, UpwardDbV1 } from './schema';

type UpgradeTransaction = IDBPTransaction<UpwardDb, StoreNames<UpwardDb>[], 'versionchange'>;

/**
 * The migration ladder. Each step takes the database from version N-1 to N and
 * runs only when the stored database is older than N, so every past version
 * climbs the same rungs. A step may add stores and indexes or rewrite records;
 * it must never drop a record. Steps await only IndexedDB work.
 */
export function upgradeUpwardDb(
  db: IDBPDatabase<UpwardDb>,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTransaction,
): void {
  // `newVersion` bounds the climb so tests can open any past version exactly.
  const target = newVersion ?? Number.POSITIVE_INFINITY;
  const rung = (version: number) => oldVersion < version && version <= target;
  // An empty database at version 1 (opened without a version by a stray probe before
  // Upward ever ran) has no stores: build release 1's stores rather than fail forever.
  const emptyV1 = oldVersion === 1 && db.objectStoreNames.length === 0;
  if (rung(1) || emptyV1) createVersion1(db as unknown as IDBPDatabase<UpwardDbV1>);
  if (rung(2)) {
    db.createObjectStore('settings', { keyPath: 'key' });
    db.createObjectStore('series', { keyPath: 'seriesId' });
  }
  if (rung(3)) {
    tx.objectStore('needs').createIndex('byCreatedAt', 'createdAt');
    tx.objectStore('questions').createIndex('byCreatedAt', 'createdAt');
  }
  if (rung(4)) {
    const commitments = db.createObjectStore('commitments', { keyPath: 'id' });
    commitments.createIndex('byPerson', 'personId');
    commitments.createIndex('byCreatedAt', 'createdAt');
  }
}

/** Exported for the migration tests, which build a v1 database exactly as release 1 did. */
export function createVersion1(db: IDBPDatabase<UpwardDbV1>): void {
  db.createObjectStore('people', { keyPath: 'id' });
  const needs = db.createObjectStore('needs', { keyPath: 'id' });
  needs.createIndex('byPerson', 'personId');
  const questions = db.createObjectStore('questions', { keyPath: 'id' });
  questions.createIndex('byPerson', 'personId');
  const checklist = db.createObjectStore('checklist', { keyPath: 'id' });
  checklist.createIndex('byOrder', 'order');
  const meetings = db.createObjectStore('meetings', { keyPath: 'id' });
  meetings.createIndex('bySeries', 'seriesId');
  meetings.createIndex('byPerson', 'personId');
  meetings.createIndex('byStart', 'start');
  const notes = db.createObjectStore('notes', { keyPath: 'id' });
  notes.createIndex('byCreatedAt', 'createdAt');
  notes.createIndex('byPerson', 'personId');
}
