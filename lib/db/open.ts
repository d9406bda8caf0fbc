import { type IDBPDatabase, openDB } from 'idb';
import { upgradeUpwardDb } from './migrations';
import { DB_NAME, DB_VERSION, type UpwardDb } from './schema';

/**
 * One connection per extension page, opened lazily. Several pages hold the
 * database at once (popup, options, prep frame, background), so:
 * - `blocking`: a newer version wants to upgrade; we close at once so it never
 *   waits on us, and the next call reopens at the new version.
 * - `blocked`: an older page still holds it; it will close itself on its own
 *   `blocking`, so we only wait.
 * Only extension pages may call this: from a content script, IndexedDB would be
 * the calendar website's storage.
 */
let connection: Promise<IDBPDatabase<UpwardDb>> | undefined;

export function getDb(): Promise<IDBPDatabase<UpwardDb>> {
  connection ??= openUpwardDb().catch((error: unknown) => {
    connection = undefined;
    throw error;
  });
  return connection;
}

export function openUpwardDb(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<UpwardDb>> {
  return openDB<UpwardDb>(name, version, {
    upgrade: upgradeUpwardDb,
    blocking(_current, _blockedVersion, event) {
      (event.target as IDBDatabase).close();
      connection = undefined;
    },
    terminated() {
      connection = undefined;
    },
  });
}

/** Tests swap the IndexedDB factory between cases; this drops the cached connection. */
export async function closeDb(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open).close();
}
