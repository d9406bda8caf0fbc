/**
 * Folding what calendar pages report into the bounded evidence digest. Pure: the background
 * reads the digest, calls these, and writes the result back only when something changed.
 * A hostile page can report thousands of events; the digest never grows past LIMITS.
 */
import type { CalendarEvent, CalendarSite } from '../calendar/types';
import type { AccountLabel } from './account';
import { readTitle } from './titles';
import type { CalendarEvidence, SeenSeries } from './types';

export const EVIDENCE_LIMITS = {
  /** Series kept; the ones that brought nothing new for longest go first. */
  series: 150,
  /** Days kept per series: enough to tell weekly from every two weeks. */
  days: 8,
  /** Characters kept of a title or an organizer's name. */
  text: 200,
} as const;

const clip = (text: string) => text.slice(0, EVIDENCE_LIMITS.text);

/** Could this event be a 1:1 that points at someone? Group titles, all-day, declined and cancelled are not. */
export function mayPointAtSomeone(event: CalendarEvent): boolean {
  if (event.cancelled || event.allDay || event.response === 'declined') return false;
  if (event.organizer === null && event.calendar) return false;
  return readTitle(event.title).kind !== 'none';
}

/**
 * The digest with these events in it, or null when they add nothing (re-reports of a week
 * already seen cost no write). `guests` are an opened occurrence's guest list, by event id.
 */
export function collectEvents(
  evidence: CalendarEvidence,
  events: readonly CalendarEvent[],
  now: number,
  guests: ReadonlyMap<string, readonly string[]> = new Map(),
): CalendarEvidence | null {
  const bySeries = new Map(evidence.series.map((series) => [series.seriesId, series]));
  let changed = false;
  for (const event of events) {
    const shown = guests.get(event.id);
    const known = bySeries.get(event.seriesId);
    // A guest list decides even for titles that say nothing ("Weekly", "Dana").
    if (!mayPointAtSomeone(event) && !(shown && shown.length === 2 && !event.cancelled)) {
      if (known && shown && shown.length > 2 && !known.crowd) {
        bySeries.set(event.seriesId, { ...known, crowd: true, guests: undefined, seenAt: now });
        changed = true;
      }
      continue;
    }
    const next = merge(known, event, shown, now);
    if (next) {
      bySeries.set(event.seriesId, next);
      changed = true;
    }
  }
  if (!changed) return null;
  return { ...evidence, series: newestFirst([...bySeries.values()]).slice(0, EVIDENCE_LIMITS.series) };
}

/** One series with one more event in it, or null when the event says nothing new. */
function merge(
  known: SeenSeries | undefined,
  event: CalendarEvent,
  shown: readonly string[] | undefined,
  now: number,
): SeenSeries | null {
  const day = event.start?.slice(0, 10);
  const days = known?.days ?? [];
  const newDay = day !== undefined && !days.includes(day);
  const title = clip(event.title);
  const organizer = event.organizer === null ? null : clip(event.organizer);
  const guests = shown?.length === 2 ? [...shown].sort() : undefined;
  const crowd = shown ? shown.length > 2 : known?.crowd;
  const next: SeenSeries = {
    seriesId: event.seriesId,
    site: event.site,
    title,
    organizer,
    recurring: event.recurring || (known?.recurring ?? false),
    days: newDay ? [...days, day].sort().slice(-EVIDENCE_LIMITS.days) : days,
    ...((guests ?? known?.guests) && !crowd && { guests: guests ?? known?.guests }),
    ...(crowd && { crowd: true }),
    seenAt: now,
  };
  if (known && sameExceptTime(known, next)) return null;
  return next;
}

function sameExceptTime(a: SeenSeries, b: SeenSeries): boolean {
  return JSON.stringify({ ...a, seenAt: 0 }) === JSON.stringify({ ...b, seenAt: 0 });
}

const newestFirst = (series: SeenSeries[]) => series.sort((a, b) => b.seenAt - a.seenAt);

/** The digest with the account a page says is signed in, or null when that is already known. */
export function collectAccount(
  evidence: CalendarEvidence,
  site: CalendarSite,
  account: AccountLabel,
  now: number,
): CalendarEvidence | null {
  if (!account.name && !account.email) return null;
  const known = evidence.account;
  if (known && known.site === site && known.name === account.name && known.email === account.email) return null;
  return { ...evidence, account: { site, name: account.name, email: account.email, seenAt: now } };
}

/** The digest without what the user has decided about (null when nothing goes). */
export function forget(
  evidence: CalendarEvidence,
  seriesIds: readonly string[],
  account: boolean,
): CalendarEvidence | null {
  const gone = new Set(seriesIds);
  const series = evidence.series.filter((entry) => !gone.has(entry.seriesId));
  const dropAccount = account && evidence.account !== null;
  if (series.length === evidence.series.length && !dropAccount) return null;
  return { series, account: dropAccount ? null : evidence.account };
}
