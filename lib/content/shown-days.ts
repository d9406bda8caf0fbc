import type { CalendarEvent, CalendarView } from '../calendar/types';

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
    ids.push(event.id);
    const first = event.start?.slice(0, 10);
    const last = (event.end ?? event.start)?.slice(0, 10);
    if (first && (from === null || first < from)) from = first;
    if (last && (to === null || last > to)) to = last;
  }
  return from && to ? { from, to, ids } : null;
}
