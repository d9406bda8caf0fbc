/** The evidence for a suggestion, in the words the user reads: "weekly, 'Dana / Sam', organised by Dana Reyes". */
import { displayName } from './titles';
import type { SeenSeries } from './types';

export type Frequency = 'daily' | 'weekly' | 'every 2 weeks' | 'monthly' | 'recurring' | null;

const DAY_MS = 24 * 60 * 60 * 1000;
const dayNumber = (day: string) =>
  Math.round(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS);

/**
 * How often the series meets, from the days the pages showed it on: the shortest gap
 * between two of them (a week skipped in between would read as "every 2 weeks"; a day
 * gap of 3 is Friday to Monday). One day seen says only "recurring", or nothing for a one-off.
 */
export function frequencyOf(series: Pick<SeenSeries, 'days' | 'recurring'>): Frequency {
  const numbers = [...new Set(series.days.map(dayNumber))].sort((a, b) => a - b);
  const gaps = numbers.slice(1).map((n, i) => n - (numbers[i] ?? n));
  const shortest = gaps.length ? Math.min(...gaps) : null;
  if (shortest === null) return series.recurring ? 'recurring' : null;
  if (shortest <= 3 && gaps.every((gap) => gap <= 3)) return 'daily';
  if (shortest === 7) return 'weekly';
  if (shortest === 14) return 'every 2 weeks';
  if (shortest >= 28 && shortest <= 31) return 'monthly';
  return series.recurring ? 'recurring' : null;
}

/** One series as evidence: how often, its title, who organised it, and a guest list of two. */
export function describeSeries(series: SeenSeries, otherGuest: string | null, organisedByMe: boolean): string {
  const parts: string[] = [];
  const frequency = frequencyOf(series);
  if (frequency) parts.push(frequency);
  parts.push(`'${series.title}'`);
  if (organisedByMe) parts.push('organised by you');
  else if (series.organizer) parts.push(`organised by ${displayName(series.organizer)}`);
  if (otherGuest) parts.push(`only you and ${otherGuest} invited`);
  return parts.join(', ');
}
