import type { CalendarEvent } from '../calendar/types';
import { getDb } from '../db';
import { announceChange } from '../db/changes';
import type { Meeting } from '../model';
import { classify, type Verdict } from '../oneonone/classify';
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

/**
 * Keeps the meetings store in step with what the calendar shows: a recognised
 * 1:1 gets (or refreshes) its meeting record; a meeting that is no longer a 1:1
 * keeps its notes and ticks but loses its person. One transaction, and writes
 * only where something changed, so re-reports of an unchanged week cost reads only.
 */
export async function recordMeetings(results: readonly Recognised[], now = Date.now()): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('meetings', 'readwrite');
  let changed = false;
  await Promise.all(
    results.map(async ({ event, verdict }) => {
      const existing = await tx.store.get(event.id);
      if (!existing && !verdict.personId) return;
      const next: Meeting = {
        ticks: [],
        notes: '',
        ...existing,
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
        updatedAt: existing?.updatedAt ?? now,
      };
      // Moved on the calendar: the history says from when.
      if (existing?.start && event.start && existing.start !== event.start) next.movedFrom = existing.start;
      if (existing && sameMeeting(existing, next)) return;
      changed = true;
      await tx.store.put({ ...next, updatedAt: now });
    }),
  );
  await tx.done;
  if (changed) announceChange('meetings');
}

function sameMeeting(a: Meeting, b: Meeting): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
