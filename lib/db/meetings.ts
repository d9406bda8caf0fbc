import type { Meeting } from '../model';
import { getDb } from './open';
import { storeRepository } from './store';

const base = storeRepository('meetings');

export const meetings = {
  ...base,
  async forSeries(seriesId: string): Promise<Meeting[]> {
    return (await getDb()).getAllFromIndex('meetings', 'bySeries', seriesId);
  },
  /** Ticks are per meeting: each 1:1 starts with a fresh checklist, past ones keep theirs. */
  async toggleTick(id: string, itemId: string, now = Date.now()): Promise<Meeting | undefined> {
    const meeting = await base.get(id);
    if (!meeting) return undefined;
    const ticks = meeting.ticks.includes(itemId)
      ? meeting.ticks.filter((tick) => tick !== itemId)
      : [...meeting.ticks, itemId];
    return base.put({ ...meeting, ticks, updatedAt: now });
  },
  async setNotes(id: string, notes: string, now = Date.now()): Promise<Meeting | undefined> {
    const meeting = await base.get(id);
    if (!meeting) return undefined;
    return base.put({ ...meeting, notes, updatedAt: now });
  },
};
