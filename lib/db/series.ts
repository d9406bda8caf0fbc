import type { SeriesVerdict } from '../model';
import type { SeriesRecord } from './schema';
import { storeRepository } from './store';

const base = storeRepository('series');

/** A series the user decided about: "always" or "never" a 1:1. */
export type OverriddenSeries = SeriesRecord & { override: SeriesVerdict };

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
  /** The user's decisions, most recent first, for settings › Recognition. */
  async overridden(): Promise<OverriddenSeries[]> {
    const all = await base.all();
    return all
      .filter((record): record is OverriddenSeries => record.override !== undefined)
      .sort((a, b) => b.updatedAt - a.updatedAt || a.title.localeCompare(b.title));
  },
  /**
   * Forgets the user's decision (the guest-list confirmation stays: it is evidence, not a
   * choice). Returns the record as it was, which `put` restores for Undo.
   */
  async clearOverride(seriesId: string): Promise<SeriesRecord | undefined> {
    const existing = await base.get(seriesId);
    if (!existing?.override) return existing;
    const next: SeriesRecord = { ...existing };
    delete next.override;
    delete next.overridePersonId;
    if (next.confirmedPersonId) await base.put(next);
    else await base.delete(seriesId);
    return existing;
  },
};
