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
    // Read and write in one transaction: the background may be confirming the series meanwhile.
    const { after } = await base.edit(seriesId, (existing) => {
      const next: SeriesRecord = { ...(existing ?? { seriesId, title, updatedAt: now }), title, updatedAt: now };
      delete next.override;
      delete next.overridePersonId;
      if (override) next.override = override;
      if (override === 'always' && personId) next.overridePersonId = personId;
      return next;
    });
    return after as SeriesRecord;
  },
  /** A guest list of exactly you and this person proves the whole series. */
  async confirm(seriesId: string, title: string, personId: string, now = Date.now()): Promise<SeriesRecord> {
    const { after } = await base.edit(seriesId, (existing) =>
      existing?.confirmedPersonId === personId
        ? undefined
        : { ...(existing ?? { seriesId, title, updatedAt: now }), confirmedPersonId: personId, updatedAt: now },
    );
    return after as SeriesRecord;
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
  async clearOverride(seriesId: string, now = Date.now()): Promise<SeriesRecord | undefined> {
    const { before } = await base.edit(seriesId, (existing) => {
      if (!existing?.override) return undefined;
      const next: SeriesRecord = { ...existing, updatedAt: now };
      delete next.override;
      delete next.overridePersonId;
      return next.confirmedPersonId ? next : null;
    });
    return before;
  },
};
