import type { Meeting, Need } from '../model';
import { wallTimeToMs } from '../wall-time';

/** A 1:1 with no end time on the calendar is taken to last half an hour. */
const DEFAULT_LENGTH_MS = 30 * 60_000;

/** When a meeting is over, in ms; null when the calendar gave no usable start. */
export function meetingEndMs(meeting: Pick<Meeting, 'start' | 'end'>): number | null {
  const start = wallTimeToMs(meeting.start);
  if (start === null) return null;
  return wallTimeToMs(meeting.end) ?? start + DEFAULT_LENGTH_MS;
}

/** A meeting that did not take place (cancelled, declined) cannot have been a chance to raise anything. */
export function tookPlace(meeting: Pick<Meeting, 'cancelled' | 'declined'>): boolean {
  return !meeting.cancelled && !meeting.declined;
}

/**
 * How many 1:1s with this person an unresolved need has sat through: meetings that
 * started after the need was written down and have ended by `now`. A 1:1 in
 * progress does not count yet (the user may still raise it), nor do cancelled or
 * declined ones, nor meetings with someone else. Resolved needs have stopped waiting: 0.
 */
export function meetingsWaited(
  need: Pick<Need, 'personId' | 'status' | 'createdAt'>,
  meetings: readonly Meeting[],
  now: number,
): number {
  if (need.status === 'met' || need.status === 'dropped') return 0;
  const seen = new Set<string>();
  for (const meeting of meetings) {
    if (meeting.personId !== need.personId || !tookPlace(meeting) || seen.has(meeting.id)) continue;
    const start = wallTimeToMs(meeting.start);
    const end = meetingEndMs(meeting);
    if (start === null || end === null) continue;
    if (start >= need.createdAt && end <= now) seen.add(meeting.id);
  }
  return seen.size;
}

/**
 * The words beside an item still to raise: nothing for a fresh one, then "open since your last
 * 1:1", "open through your last 3 1:1s" (how people say it, not a counter).
 */
export function waitedLabel(count: number): string {
  if (count <= 0) return '';
  return count === 1 ? 'open since your last 1:1' : `open through your last ${count} 1:1s`;
}

/** Each unresolved need's waited count at `now`, and when the next one will change (a 1:1 ends). */
export interface WaitedCounts {
  counts: Record<string, number>;
  /** The end of the next 1:1 that will add to a count; null when none is coming. */
  changesAt: number | null;
}

/**
 * Counted where the meetings are (the background), so the card receives one number per need
 * instead of every past 1:1 with the person on each re-read.
 */
export function waitedCounts(
  needs: readonly Pick<Need, 'id' | 'personId' | 'status' | 'createdAt'>[],
  meetings: readonly Meeting[],
  now: number,
): WaitedCounts {
  const counts: Record<string, number> = {};
  let oldest = Number.POSITIVE_INFINITY;
  for (const need of needs) {
    counts[need.id] = meetingsWaited(need, meetings, now);
    if (need.status !== 'met' && need.status !== 'dropped') oldest = Math.min(oldest, need.createdAt);
  }
  let changesAt: number | null = null;
  for (const meeting of meetings) {
    if (!tookPlace(meeting)) continue;
    const start = wallTimeToMs(meeting.start);
    const end = meetingEndMs(meeting);
    if (start === null || end === null || start < oldest || end <= now) continue;
    if (changesAt === null || end < changesAt) changesAt = end;
  }
  return { counts, changesAt };
}
