import type { CalendarEvent } from '../calendar/types';
import { getDb } from '../db';
import { announceChange } from '../db/changes';
import type { Meeting } from '../model';
import { classify, type Verdict } from '../oneonone/classify';
import { RECORDING_LIMITS } from './budget';
import type { RecognitionContext } from './context';

export interface Recognised {
  event: CalendarEvent;
  verdict: Verdict;
}

/** Pure: the verdict for each event, with its guest list when a dialog showed one. */
export function recognise(
  events: readonly CalendarEvent[],
  context: RecognitionContext,
  guests: ReadonlyMap<string, string[]> = new Map(),
): Recognised[] {
  return events.map((event) => ({
    event,
    verdict: classify({ event, guests: guests.get(event.id) ?? null, ...context }),
  }));
}

/** What a report left on record. */
export interface Recorded {
  /** The reported events that are now on record as 1:1s (already there, or just added). */
  oneOnOnes: Set<string>;
  /** How many new meeting records were added. */
  added: number;
}

export interface RecordOptions {
  /** How many new records this report may add (the page's budget, lib/recognition/budget.ts). */
  allowNew?: number;
  now?: number;
}

/** How many recognised 1:1s in this report have no record yet: what the report would add. */
export async function countUnrecorded(results: readonly Recognised[]): Promise<number> {
  const ids = [...new Set(results.filter((result) => result.verdict.personId).map((result) => result.event.id))];
  if (!ids.length) return 0;
  const tx = (await getDb()).transaction('meetings');
  const keys = await Promise.all(ids.map((id) => tx.store.getKey(id)));
  await tx.done;
  return keys.filter((key) => key === undefined).length;
}

/**
 * Keeps the meetings store in step with what the calendar shows: a recognised
 * 1:1 gets (or refreshes) its meeting record; a meeting that is no longer a 1:1
 * keeps its notes and ticks but loses its person. One transaction, and writes
 * only where something changed, so re-reports of an unchanged week cost reads only.
 *
 * New records are bounded: at most `allowNew` per report, and at most
 * RECORDING_LIMITS.perPersonPerDay with one person on one calendar day. Records
 * already there always update.
 */
export async function recordMeetings(
  results: readonly Recognised[],
  { allowNew = Number.POSITIVE_INFINITY, now = Date.now() }: RecordOptions = {},
): Promise<Recorded> {
  // A page may report one id twice: the last reading wins, as it would have on the page.
  const latest = [...new Map(results.map((result) => [result.event.id, result])).values()];
  const db = await getDb();
  const tx = db.transaction('meetings', 'readwrite');
  const existing = await Promise.all(latest.map(({ event }) => tx.store.get(event.id)));
  const onDay = new Map<string, number>();
  /** 1:1s on record with this person on this meeting's day (start unknown: a day of its own). */
  const recordedOnDay = async (personId: string, start: string | null): Promise<number> => {
    const day = start?.slice(0, 10) ?? null;
    const key = `${personId}|${day}`;
    let count = onDay.get(key);
    if (count === undefined) {
      const list = day
        ? await tx.store.index('byStart').getAll(IDBKeyRange.bound(day, `${day}\uffff`))
        : (await tx.store.index('byPerson').getAll(personId)).filter((meeting) => meeting.start === null);
      count = list.filter((meeting) => meeting.personId === personId).length;
    }
    onDay.set(key, count);
    return count;
  };
  const recorded: Recorded = { oneOnOnes: new Set(), added: 0 };
  const writes: Promise<unknown>[] = [];
  for (const [index, { event, verdict }] of latest.entries()) {
    const before = existing[index];
    if (!before) {
      if (!verdict.personId || recorded.added >= allowNew) continue;
      const count = await recordedOnDay(verdict.personId, event.start);
      if (count >= RECORDING_LIMITS.perPersonPerDay) continue;
      onDay.set(`${verdict.personId}|${event.start?.slice(0, 10) ?? null}`, count + 1);
      recorded.added++;
    }
    if (verdict.personId) recorded.oneOnOnes.add(event.id);
    const next: Meeting = {
      ticks: [],
      notes: '',
      ...before,
      id: event.id,
      seriesId: event.seriesId,
      title: event.title,
      start: event.start,
      end: event.end,
      personId: verdict.personId,
      reasons: verdict.reasons,
      site: event.site,
      allDay: event.allDay,
      cancelled: event.cancelled,
      declined: event.response === 'declined',
      updatedAt: before?.updatedAt ?? now,
    };
    // Moved on the calendar: the history says from when.
    if (before?.start && event.start && before.start !== event.start) next.movedFrom = before.start;
    if (before && sameMeeting(before, next)) continue;
    writes.push(tx.store.put({ ...next, updatedAt: now }));
  }
  await Promise.all([...writes, tx.done]);
  if (writes.length) announceChange('meetings');
  return recorded;
}

function sameMeeting(a: Meeting, b: Meeting): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
