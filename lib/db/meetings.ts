import type { Meeting } from '../model';
import { announceChange } from './changes';
import { getDb } from './open';
import { storeRepository } from './store';

const base = storeRepository('meetings');

/**
 * Reads and rewrites one meeting in a single transaction. The background rewrites
 * meetings as the calendar reports them (recordMeetings, also one transaction), so
 * a note typed in the card and a re-report of the week never overwrite each other.
 */
async function update(id: string, change: (meeting: Meeting) => Meeting | undefined): Promise<Meeting | undefined> {
  const tx = (await getDb()).transaction('meetings', 'readwrite');
  const meeting = await tx.store.get(id);
  const next = meeting && change(meeting);
  if (next) await tx.store.put(next);
  await tx.done;
  if (next) announceChange('meetings');
  return next ?? meeting;
}

export const meetings = {
  ...base,
  async forSeries(seriesId: string): Promise<Meeting[]> {
    return (await getDb()).getAllFromIndex('meetings', 'bySeries', seriesId);
  },
  /** Every meeting recorded with this person (any order). */
  async forPerson(personId: string): Promise<Meeting[]> {
    return (await getDb()).getAllFromIndex('meetings', 'byPerson', personId);
  },
  /** Ticks are per meeting: each 1:1 starts with a fresh checklist, past ones keep theirs. */
  async toggleTick(id: string, itemId: string, now = Date.now()): Promise<Meeting | undefined> {
    return update(id, (meeting) => {
      const ticks = meeting.ticks.includes(itemId)
        ? meeting.ticks.filter((tick) => tick !== itemId)
        : [...meeting.ticks, itemId];
      return { ...meeting, ticks, updatedAt: now };
    });
  },
  /** Ticks or unticks (idempotent: a double click cannot flip it back). */
  async setTick(id: string, itemId: string, ticked: boolean, now = Date.now()): Promise<Meeting | undefined> {
    return update(id, (meeting) => {
      if (meeting.ticks.includes(itemId) === ticked) return undefined;
      const ticks = ticked ? [...meeting.ticks, itemId] : meeting.ticks.filter((tick) => tick !== itemId);
      return { ...meeting, ticks, updatedAt: now };
    });
  },
  async setNotes(id: string, notes: string, now = Date.now()): Promise<Meeting | undefined> {
    return update(id, (meeting) => (meeting.notes === notes ? undefined : { ...meeting, notes, updatedAt: now }));
  },
  /** "Always treat this series as a 1:1" with this person: the card shows again at once. */
  async setPerson(id: string, personId: string, now = Date.now()): Promise<Meeting | undefined> {
    return update(id, (meeting) =>
      meeting.personId === personId ? undefined : { ...meeting, personId, updatedAt: now },
    );
  },
};
