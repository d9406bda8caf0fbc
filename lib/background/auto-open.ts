import { meetings, settings } from '../db';
import type { Meeting, PrepSettings } from '../model';
import { wallTimeToMs } from '../wall-time';

/**
 * Pure: may the prep card open by itself for this meeting now? Only for a live 1:1
 * (a person, not cancelled or declined, not all-day), from `autoOpenMinutes` before
 * its start until its end, and only once.
 */
export function mayAutoOpen(meeting: Meeting | undefined, prep: PrepSettings, now: number): boolean {
  if (!meeting?.personId || !prep.autoOpen) return false;
  if (meeting.cancelled || meeting.declined || meeting.allDay || meeting.autoOpenedAt !== undefined) return false;
  const start = wallTimeToMs(meeting.start);
  if (start === null) return false;
  const end = wallTimeToMs(meeting.end) ?? start + 30 * 60_000;
  return now >= start - prep.autoOpenMinutes * 60_000 && now < end;
}

/** Claims the one automatic opening of a meeting's prep card; true when the card should open. */
export async function claimAutoOpen(eventId: string, now = Date.now()): Promise<boolean> {
  const prep = await settings.get('prep');
  // Read and mark in one transaction: a note typed in the card at this moment is never overwritten.
  let open = false;
  await meetings.update(eventId, (meeting) => {
    open = mayAutoOpen(meeting, prep, now);
    return open ? { ...meeting, autoOpenedAt: now } : undefined;
  });
  return open;
}
