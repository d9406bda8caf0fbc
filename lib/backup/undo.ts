import type { IDBPTransaction } from 'idb';
import { announceChange } from '../db/changes';
import { getDb } from '../db/open';
import type { StoreName, UpwardDb } from '../db/schema';
import type { ChecklistItem } from '../model';
import { sameRecord } from './merge';
import { BACKUP_STORES, type BackupStore, byKey } from './stores';

/**
 * What an import wrote, taken in the import's own transaction: enough to put everything back
 * in one step. Undo restores a record only if it is still exactly what the import wrote; one
 * changed since (in the card, in another window) is left as it is, and counted.
 */
export interface ImportUndo {
  /** Every record the import wrote: the copy before (absent when the import added it) and the copy written. */
  records: WrittenRecord[];
  /** The checklist as it was, when the import replaced it whole, and the list it wrote. */
  checklist?: { before: ChecklistItem[]; after: ChecklistItem[] };
}

export interface WrittenRecord {
  store: Exclude<BackupStore, 'checklist'>;
  key: string;
  before?: unknown;
  after: unknown;
}

export type UndoOutcome = { ok: true; restored: number; left: number } | { ok: false; error: string };

/** The record-level operations undo and import need, on any of the backup's stores. */
export interface AnyStore {
  get(key: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  put(value: unknown): Promise<unknown>;
  delete(key: string): Promise<unknown>;
  clear(): Promise<unknown>;
}
export function anyStore(tx: IDBPTransaction<UpwardDb, StoreName[], 'readwrite'>, name: BackupStore): AnyStore {
  return tx.objectStore(name) as unknown as AnyStore;
}

export const byId = byKey((item: { id?: unknown }) => item.id);

/** Puts back what one import wrote, in one transaction: all of it, or (on an error) nothing. */
export async function undoImport(undo: ImportUndo): Promise<UndoOutcome> {
  const tx = (await getDb()).transaction([...BACKUP_STORES], 'readwrite');
  let restored = 0;
  let left = 0;
  const touched = new Set<StoreName>();
  try {
    const current = await Promise.all(undo.records.map((record) => anyStore(tx, record.store).get(record.key)));
    const writes: Promise<unknown>[] = [];
    undo.records.forEach((record, index) => {
      if (!sameRecord(current[index], record.after)) {
        left++;
        return;
      }
      const store = anyStore(tx, record.store);
      writes.push(record.before === undefined ? store.delete(record.key) : store.put(record.before));
      touched.add(record.store);
      restored++;
    });
    if (undo.checklist) {
      const store = anyStore(tx, 'checklist');
      const now = (await store.getAll()) as ChecklistItem[];
      if (sameRecord([...now].sort(byId), [...undo.checklist.after].sort(byId))) {
        writes.push(store.clear(), ...undo.checklist.before.map((item) => store.put(item)));
        touched.add('checklist');
        restored++;
      } else left++;
    }
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  for (const store of touched) announceChange(store);
  return { ok: true, restored, left };
}
