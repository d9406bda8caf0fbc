import type { IDBPDatabase } from 'idb';
import { announceChange } from '../db/changes';
import { getDb } from '../db/open';
import type { SettingsRecord, UpwardDb } from '../db/schema';
import type { ChecklistItem } from '../model';
import { repeatedIds, unknownPeople } from './consistency';
import { isEncryptedBackup } from './encrypted';
import { readJson } from './json';
import { changedAt, chooseCopy } from './merge';
import { type BackupProblem, capProblems } from './problems';
import { BACKUP_STORES, type BackupStore } from './stores';
import { anyStore, byId, type ImportUndo } from './undo';
import { type Backup, readBackup } from './versions';

export type ImportOutcome =
  | {
      ok: true;
      /** Records read from the file per store (settings: keys). */
      counts: Record<string, number>;
      /** Per store, records where Upward's copy was newer than the file's and was kept. */
      kept: Record<string, number>;
      /** Kept, but worth a look. */
      notices?: BackupProblem[];
      /** What the import wrote, so it can be undone in one step (`undoImport`). */
      undo: ImportUndo;
    }
  | { ok: false; problems: BackupProblem[] };

/**
 * Validates the whole file, then applies it in one transaction, or changes nothing.
 *
 * Records are matched by id: a record in the file is added, or replaces the stored one with
 * its id when it is the newer copy (`merge.ts`); nothing stored is deleted, so importing the
 * same file twice changes nothing the second time. Each settings key in the file, and the
 * checklist when the file has one, replace the stored ones unless those were changed after the
 * file was made. Everything the import wrote is noted in the same transaction, for Undo.
 */
export async function importBackupJson(text: string, now = Date.now()): Promise<ImportOutcome> {
  if (isEncryptedBackup(text))
    return {
      ok: false,
      problems: [{ path: '', message: 'This backup is encrypted: enter its passphrase to import it.' }],
    };
  const json = readJson(text);
  if (!json.ok) return json;
  const read = readBackup(json.value, now);
  if (!read.ok) return { ok: false, problems: capProblems(read.problems) };
  const backup = read.value;
  const repeated = repeatedIds(backup);
  if (repeated.length) return { ok: false, problems: capProblems(repeated) };

  const db = await getDb();
  const storedPeople = new Set(await db.getAllKeys('people'));
  const notices = unknownPeople(backup, storedPeople);
  let applied: Applied;
  try {
    applied = await apply(db, backup, fileTime(backup.exportedAt));
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: `Upward could not save the import, so nothing was changed. (${reason})` }],
    };
  }
  const touched = new Set<string>(applied.undo.records.map((record) => record.store));
  if (applied.undo.checklist) touched.add('checklist');
  for (const store of BACKUP_STORES) if (touched.has(store)) announceChange(store);
  const outcome = { ok: true as const, counts: countsOf(backup), kept: applied.kept, undo: applied.undo };
  return notices.length ? { ...outcome, notices: capProblems(notices) } : outcome;
}

/** When the file was made: what its settings and checklist are as new as. Unreadable: older than anything. */
function fileTime(exportedAt: string): number {
  const at = Date.parse(exportedAt);
  return Number.isFinite(at) ? at : Number.NEGATIVE_INFINITY;
}

interface Applied {
  kept: Record<string, number>;
  undo: ImportUndo;
}

type RecordStore = Exclude<BackupStore, 'settings' | 'checklist'>;
const KEY_OF: Record<RecordStore, (record: Record<string, unknown>) => string> = {
  people: (r) => String(r.id),
  needs: (r) => String(r.id),
  questions: (r) => String(r.id),
  meetings: (r) => String(r.id),
  notes: (r) => String(r.id),
  series: (r) => String(r.seriesId),
  commitments: (r) => String(r.id),
};
const RECORD_STORES = Object.keys(KEY_OF) as RecordStore[];

/**
 * One readwrite transaction over every store: it first reads what is stored under every id
 * in the file, then decides per record (`chooseCopy`), notes what it will write (for Undo) and
 * queues every write at once. It commits whole or, on any failure, aborts whole.
 */
async function apply(db: IDBPDatabase<UpwardDb>, backup: Backup, fileAt: number): Promise<Applied> {
  const tx = db.transaction([...BACKUP_STORES], 'readwrite');
  const settingsIn = Object.entries(backup.settings).filter(([, value]) => value !== undefined);
  const recordsIn = (store: RecordStore) => backup[store] as unknown as Record<string, unknown>[];
  const writes: Promise<unknown>[] = [];
  try {
    // Reads first, all of them; only IndexedDB work is awaited inside the transaction.
    const [storedSettings, storedChecklist, ...storedRecords] = await Promise.all([
      Promise.all(settingsIn.map(([key]) => anyStore(tx, 'settings').get(key))),
      anyStore(tx, 'checklist').getAll(),
      ...RECORD_STORES.map((store) =>
        Promise.all(recordsIn(store).map((record) => anyStore(tx, store).get(KEY_OF[store](record)))),
      ),
    ]);
    const kept: Record<string, number> = {};
    const undo: ImportUndo = { records: [] };
    const keep = (store: string) => {
      kept[store] = (kept[store] ?? 0) + 1;
    };

    const settings = anyStore(tx, 'settings');
    settingsIn.forEach(([key, value], index) => {
      const stored = storedSettings[index] as SettingsRecord | undefined;
      const choice = chooseCopy(stored?.value, value, changedAt(stored), fileAt);
      if (choice === 'stored') keep('settings');
      if (choice !== 'file') return;
      // Unstamped, as a record from before stamps: export → wipe → import gives back the same records.
      const written = { key, value };
      undo.records.push({ store: 'settings', key, before: stored, after: written });
      writes.push(settings.put(written));
    });

    const writeRecords = (store: RecordStore) => {
      const target = anyStore(tx, store);
      const stored = storedRecords[RECORD_STORES.indexOf(store)] ?? [];
      recordsIn(store).forEach((record, index) => {
        const before = stored[index];
        const choice = chooseCopy(before, record, changedAt(before), changedAt(record));
        if (choice === 'stored') keep(store);
        if (choice !== 'file') return;
        undo.records.push({ store, key: KEY_OF[store](record), before, after: record });
        writes.push(target.put(record));
      });
    };

    const writeChecklist = () => {
      if (!backup.checklist.length) return;
      const target = anyStore(tx, 'checklist');
      const before = (storedChecklist as ChecklistItem[]).sort(byId);
      const after = [...backup.checklist].sort(byId);
      const storedAt = Math.max(Number.NEGATIVE_INFINITY, ...before.map(changedAt));
      const choice = chooseCopy(before.length ? before : undefined, after, storedAt, fileAt);
      if (choice === 'stored') keep('checklist');
      if (choice !== 'file') return;
      undo.checklist = { before, after };
      writes.push(target.clear(), ...after.map((item) => target.put(item)));
    };

    // In the file's order: requests run in the order they are made.
    for (const store of ['people', 'needs', 'questions'] as const) writeRecords(store);
    writeChecklist();
    for (const store of ['meetings', 'notes', 'series', 'commitments'] as const) writeRecords(store);
    await Promise.all([...writes, tx.done]);
    return { kept, undo };
  } catch (error) {
    // Every request made so far now fails with the abort: that is the rollback, not news.
    for (const write of writes) write.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request: the rollback has happened.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

function countsOf(backup: Backup): Record<string, number> {
  return {
    settings: Object.values(backup.settings).filter((value) => value !== undefined).length,
    people: backup.people.length,
    needs: backup.needs.length,
    questions: backup.questions.length,
    checklist: backup.checklist.length,
    meetings: backup.meetings.length,
    notes: backup.notes.length,
    series: backup.series.length,
    commitments: backup.commitments.length,
  };
}
