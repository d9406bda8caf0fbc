import type { IDBPDatabase } from 'idb';
import { announceChange } from '../db/changes';
import { getDb } from '../db/open';
import type { SettingsKey, SettingsRecord, UpwardDb } from '../db/schema';
import { repeatedIds, unknownPeople } from './consistency';
import { readJson } from './json';
import { type BackupProblem, capProblems } from './problems';
import { BACKUP_STORES } from './stores';
import { type Backup, readBackup } from './versions';

export type ImportOutcome =
  /** `counts`: records read from the file per store (settings: keys). `notices`: kept, but worth a look. */
  { ok: true; counts: Record<string, number>; notices?: BackupProblem[] } | { ok: false; problems: BackupProblem[] };

/**
 * Validates the whole file, then applies it in one transaction, or changes nothing.
 *
 * Records are matched by id: a record in the file replaces the stored one with
 * its id, others are added, and nothing stored is deleted, so importing the
 * same file twice changes nothing the second time. Two things replace whole:
 * each settings key in the file, and the checklist when the file has one (a
 * fresh install's built-in items would otherwise sit beside the restored ones).
 */
export async function importBackupJson(text: string, now = Date.now()): Promise<ImportOutcome> {
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
  try {
    await apply(db, backup);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      problems: [{ path: '', message: `Upward could not save the import, so nothing was changed. (${reason})` }],
    };
  }
  const counts = countsOf(backup);
  for (const store of BACKUP_STORES) if ((counts[store] ?? 0) > 0) announceChange(store);
  return notices.length ? { ok: true, counts, notices: capProblems(notices) } : { ok: true, counts };
}

/** One readwrite transaction over every store: it commits whole or, on any failure, aborts whole. */
async function apply(db: IDBPDatabase<UpwardDb>, backup: Backup): Promise<void> {
  const tx = db.transaction([...BACKUP_STORES], 'readwrite');
  // Requests run in the order they are made; only IndexedDB work is awaited.
  const writes: Promise<unknown>[] = [];
  try {
    for (const [key, value] of Object.entries(backup.settings)) {
      if (value !== undefined)
        writes.push(tx.objectStore('settings').put({ key, value } as SettingsRecord<SettingsKey>));
    }
    for (const record of backup.people) writes.push(tx.objectStore('people').put(record));
    for (const record of backup.needs) writes.push(tx.objectStore('needs').put(record));
    for (const record of backup.questions) writes.push(tx.objectStore('questions').put(record));
    if (backup.checklist.length) writes.push(tx.objectStore('checklist').clear());
    for (const record of backup.checklist) writes.push(tx.objectStore('checklist').put(record));
    for (const record of backup.meetings) writes.push(tx.objectStore('meetings').put(record));
    for (const record of backup.notes) writes.push(tx.objectStore('notes').put(record));
    for (const record of backup.series) writes.push(tx.objectStore('series').put(record));
    for (const record of backup.commitments) writes.push(tx.objectStore('commitments').put(record));
    await Promise.all([...writes, tx.done]);
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
