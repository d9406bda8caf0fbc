import type { CalendarEvent, CalendarView } from '../calendar/types';
import { MESSAGE_LIMITS } from '../messages/content-to-background';
import { daysFromTo } from '../wall-time';

/** Views that lay out every event of their days; month and schedule views may hide some ("+3 more"). */
const COMPLETE_VIEWS: ReadonlySet<CalendarView> = new Set(['day', 'week', 'workweek', 'customday']);

export interface ShownDays {
  /** First and last day (`YYYY-MM-DD`) the page's events cover. */
  from: string;
  to: string;
  /** Every event on the page now. */
  ids: string[];
}

/**
 * Pure: which days the page shows completely, and the events on them, so the
 * background can tell a 1:1 deleted from the calendar (on a shown day, not on the
 * page) from one merely out of view. The span is that of the events themselves,
 * never guessed from the URL: a day without events proves nothing, so it is left out.
 */
export function shownDays(events: Iterable<CalendarEvent>, view: CalendarView): ShownDays | null {
  if (!COMPLETE_VIEWS.has(view)) return null;
  let from: string | null = null;
  let to: string | null = null;
  const ids: string[] = [];
  for (const event of events) {
    // An id too long to be real is never reported (see fit.ts), so it is not listed either.
    if (event.id.length <= MESSAGE_LIMITS.idLength) ids.push(event.id);
    const first = event.start?.slice(0, 10);
    const last = (event.end ?? event.start)?.slice(0, 10);
    if (first && (from === null || first < from)) from = first;
    if (last && (to === null || last > to)) to = last;
  }
  // A span longer than any view proves nothing (and the background refuses it).
  if (!from || !to || daysFromTo(from, to) >= MESSAGE_LIMITS.shownDays) return null;
  return { from, to, ids };
}
