/**
 * One list of distinct events from a page region. Calendar pages show one event on several
 * nodes (a chip per day of a multi-day event, resize handles repeating the id), so events
 * are merged by id here rather than trusted to be unique in the DOM.
 */
import type { CalendarAdapter, CalendarEvent } from './types';

export function readEvents(adapter: CalendarAdapter, root: ParentNode): CalendarEvent[] {
  const byId = new Map<string, CalendarEvent>();
  for (const element of adapter.findEventElements(root)) {
    const event = adapter.readEvent(element);
    if (!event) continue;
    const seen = byId.get(event.id);
    byId.set(event.id, seen ? mergeEvent(seen, event) : event);
  }
  return [...byId.values()];
}

/**
 * Two readings of the same event: keep the first, fill what it lacks from the second, and
 * widen the time span when the two chips show different days of one multi-day event.
 */
export function mergeEvent(first: CalendarEvent, second: CalendarEvent): CalendarEvent {
  const sameKind = first.allDay === second.allDay;
  const earliest = (a: string | null, b: string | null) => (a && b && sameKind ? (a <= b ? a : b) : (a ?? b));
  const latest = (a: string | null, b: string | null) => (a && b && sameKind ? (a >= b ? a : b) : (a ?? b));
  return {
    ...first,
    title: first.title || second.title,
    organizer: first.organizer ?? second.organizer,
    start: earliest(first.start, second.start),
    end: latest(first.end, second.end),
    response: first.response ?? second.response,
    cancelled: first.cancelled || second.cancelled,
    recurring: first.recurring || second.recurring,
  };
}
