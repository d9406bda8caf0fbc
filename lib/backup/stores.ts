import { STORE_NAMES } from '../db/schema';

/** A backup holds every store, in the order the file lists them. */
export const BACKUP_STORES = STORE_NAMES;
export type BackupStore = (typeof BACKUP_STORES)[number];

/** Ids compared by code unit, never by locale, so every machine sorts a file the same way. */
export function byKey<T>(key: (record: T) => unknown) {
  return (a: T, b: T): number => {
    const x = String(key(a));
    const y = String(key(b));
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
