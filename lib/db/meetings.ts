import type { Meeting } from '../model';
import { getDb } from './open';
import { checkLength, storeRepository } from './store';

const base = storeRepository('meetings');

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
    return base.update(id, (meeting) => {
      const ticks = meeting.ticks.includes(itemId)
        ? meeting.ticks.filter((tick) => tick !== itemId)
        : [...meeting.ticks, itemId];
      return { ...meeting, ticks, updatedAt: now };
    });
  },
  /** Ticks or unticks (idempotent: a double click cannot flip it back). */
  async setTick(id: string, itemId: string, ticked: boolean, now = Date.now()): Promise<Meeting | undefined> {
    return base.update(id, (meeting) => {
      if (meeting.ticks.includes(itemId) === ticked) return undefined;
      const ticks = ticked ? [...meeting.ticks, itemId] : meeting.ticks.filter((tick) => tick !== itemId);
      return { ...meeting, ticks, updatedAt: now };
    });
  },
  async setNotes(id: string, notes: string, now = Date.now()): Promise<Meeting | undefined> {
    checkLength(notes, 'These notes');
    return base.update(
      id,
      (meeting) => (meeting.notes === notes ? undefined : { ...meeting, notes, updatedAt: now }),
      'This meeting was removed from Upward (with the person it was with), so what you typed here is not saved.',
    );
  },
  /** "Always treat this series as a 1:1" with this person: the card shows again at once. */
  async setPerson(id: string, personId: string, now = Date.now()): Promise<Meeting | undefined> {
    return base.update(id, (meeting) =>
      meeting.personId === personId ? undefined : { ...meeting, personId, updatedAt: now },
    );
  },
};
