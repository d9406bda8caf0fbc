import type { SeriesVerdict } from '../model';
import type { SeriesRecord } from './schema';
import { storeRepository } from './store';

const base = storeRepository('series');

export const series = {
  ...base,
  async setOverride(
    seriesId: string,
    title: string,
    override: SeriesVerdict | undefined,
    personId?: string,
    now = Date.now(),
  ): Promise<SeriesRecord> {
    const existing = (await base.get(seriesId)) ?? { seriesId, title, updatedAt: now };
    const next: SeriesRecord = { ...existing, title, updatedAt: now };
    delete next.override;
    delete next.overridePersonId;
    if (override) next.override = override;
    if (override === 'always' && personId) next.overridePersonId = personId;
    return base.put(next);
  },
  /** A guest list of exactly you and this person proves the whole series. */
  async confirm(seriesId: string, title: string, personId: string, now = Date.now()): Promise<SeriesRecord> {
    const existing = (await base.get(seriesId)) ?? { seriesId, title, updatedAt: now };
    if (existing.confirmedPersonId === personId) return existing;
    return base.put({ ...existing, confirmedPersonId: personId, updatedAt: now });
  },
};
