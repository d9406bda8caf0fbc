import type { CalendarSite } from '../calendar/types';
import { getDb } from '../db';
import { announceChange } from '../db/changes';

/**
 * A recorded 1:1 on days the calendar showed completely, but not among the events it
 * showed, was deleted (or cancelled away) from the calendar: mark it cancelled so it
 * gets no reminder and no auto-open. Its notes and ticks stay. If it shows up again,
 * recording it from the page clears the mark. One transaction; returns how many changed.
 */
export async function markMissingMeetings(
  site: CalendarSite,
  from: string,
  to: string,
  shownIds: readonly string[],
  now = Date.now(),
): Promise<number> {
  const shown = new Set(shownIds);
  const db = await getDb();
  const tx = db.transaction('meetings', 'readwrite');
  // Wall times sort as text: every start on the days from..to falls in this range.
  const range = IDBKeyRange.bound(from, `${to}\uffff`);
  let missing = 0;
  for (let cursor = await tx.store.index('byStart').openCursor(range); cursor; cursor = await cursor.continue()) {
    const meeting = cursor.value;
    if (meeting.site !== site || !meeting.personId || meeting.cancelled || shown.has(meeting.id)) continue;
    missing++;
    await cursor.update({ ...meeting, cancelled: true, updatedAt: now });
  }
  await tx.done;
  if (missing) announceChange('meetings');
  return missing;
}
