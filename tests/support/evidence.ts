/**
 * What calendar pages showed, as the background keeps it for suggestions (lib/suggestions/types.ts):
 * a series seen, the signed-in account, the whole digest.
 */
import type { Me } from '../../lib/model';
import type { CalendarEvidence, SeenAccount, SeenSeries } from '../../lib/suggestions/types';

let next = 0;
export function seen(title: string, over: Partial<SeenSeries> = {}): SeenSeries {
  next += 1;
  return {
    seriesId: `google:series-${next}`,
    site: 'google',
    title,
    organizer: null,
    recurring: true,
    days: ['2026-03-10'],
    seenAt: 1000 + next,
    ...over,
  };
}

export const account = (name: string | null, email: string | null): SeenAccount => ({
  site: 'google',
  name,
  email,
  seenAt: 1,
});

export const evidence = (series: SeenSeries[], signedIn: SeenAccount | null = null): CalendarEvidence => ({
  series,
  account: signedIn,
});

/** The user before anything is set up. */
export const NOBODY: Me = { name: '', emails: [] };

/** Seen a week apart: a weekly series. */
export const WEEKLY = { days: ['2026-03-10', '2026-03-17'] };
