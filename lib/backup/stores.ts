import type { StoreName } from '../db/schema';

/** Every store a backup holds, in the order the file lists them. */
export const BACKUP_STORES = [
  'settings',
  'people',
  'needs',
  'questions',
  'checklist',
  'meetings',
  'notes',
  'series',
  'commitments',
] as const satisfies readonly StoreName[];

/** Ids compared by code unit, never by locale, so every machine sorts a file the same way. */
export function byKey<T>(key: (record: T) => unknown) {
  return (a: T, b: T): number => {
    const x = String(key(a));
    const y = String(key(b));
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
