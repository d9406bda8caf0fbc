import type { Meeting } from '../model';
import { getDb } from './open';

/** When a record was last changed by the user's hand, as far as it says. */
const changedAt = (record: { updatedAt?: number; createdAt?: number }) =>
  record.updatedAt ?? record.createdAt ?? Number.NEGATIVE_INFINITY;

/**
 * A meeting is the user's work once it holds something they wrote or did; the background
 * re-records the rest from the calendar at any time.
 */
const holdsWork = (meeting: Meeting) =>
  Boolean(meeting.notes || meeting.ticks.length || meeting.wrappedUpAt !== undefined || meeting.win);

/**
 * Was anything the user made changed after `since` (ms; -Infinity for "ever")? One read-only
 * transaction that stops at the first change found: new records through the creation-time
 * indexes first (one record each), then the stores whose edits only `updatedAt` shows.
 */
export async function changedSince(since: number): Promise<boolean> {
  const db = await getDb();
  const tx = db.transaction([
    'notes',
    'needs',
    'questions',
    'commitments',
    'people',
    'series',
    'checklist',
    'settings',
    'meetings',
  ]);
  const after = Number.isFinite(since) ? IDBKeyRange.lowerBound(since, true) : undefined;
  try {
    for (const store of ['notes', 'needs', 'questions', 'commitments'] as const)
      if (await tx.objectStore(store).index('byCreatedAt').openCursor(after)) return true;
    for (const store of ['needs', 'questions', 'commitments', 'people', 'series', 'checklist', 'settings'] as const) {
      for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue())
        if (changedAt(cursor.value as { updatedAt?: number }) > since) return true;
    }
    for (let cursor = await tx.objectStore('meetings').openCursor(); cursor; cursor = await cursor.continue())
      if (holdsWork(cursor.value) && cursor.value.updatedAt > since) return true;
    return false;
  } finally {
    tx.done.catch(() => undefined);
  }
}
