/** Builders for the suggestion tests: what calendar pages showed, as the background keeps it. */
import type { Me, Person } from '../../../lib/model';
import type { CalendarEvidence, SeenAccount, SeenSeries } from '../../../lib/suggestions/types';

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

export const nobody: Me = { name: '', emails: [] };
export const sam: Me = { name: 'Sam Patel', emails: ['sam@example.com'] };

export const person = (
  name: string,
  relation: Person['relation'],
  emails: string[] = [],
  aliases: string[] = [],
): Person => ({
  id: `p-${name}`,
  name,
  emails,
  aliases,
  relation,
  createdAt: 0,
  updatedAt: 0,
});

export const WEEKLY = { days: ['2026-03-10', '2026-03-17'] };
