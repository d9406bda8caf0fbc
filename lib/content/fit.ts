import type { CalendarEvent } from '../calendar/types';
import { MESSAGE_LIMITS } from '../messages/content-to-background';

/**
 * The page decides what the content script reads, and the background refuses a whole message
 * with one field over its limit. So what goes out is cut to fit first: a title of 5,000
 * characters is shortened instead of getting the week's report refused.
 */

const cut = (text: string) => text.slice(0, MESSAGE_LIMITS.textLength);
const idFits = (id: string) => id.length > 0 && id.length <= MESSAGE_LIMITS.idLength;

/** The event with its text cut to the limits; null when its ids are longer than any calendar makes. */
export function fitEvent(event: CalendarEvent): CalendarEvent | null {
  if (!idFits(event.id) || !idFits(event.seriesId)) return null;
  const fitted: CalendarEvent = {
    ...event,
    title: cut(event.title),
    organizer: event.organizer && cut(event.organizer),
  };
  if (event.calendar !== undefined) fitted.calendar = cut(event.calendar);
  return fitted;
}

export function fitEvents(events: readonly CalendarEvent[]): CalendarEvent[] {
  return events.map(fitEvent).filter((event): event is CalendarEvent => event !== null);
}

/** A guest list as the background accepts it: real-length addresses, no more than it reads. */
export function fitEmails(emails: readonly string[]): string[] {
  return emails.filter((email) => email.length <= MESSAGE_LIMITS.emailLength).slice(0, MESSAGE_LIMITS.guestsPerEvent);
}

/** Splits a long list into messages the background accepts (a recheck of a month reports it all). */
export function inBatches<T>(items: readonly T[], size: number = MESSAGE_LIMITS.eventsPerMessage): T[][] {
  const batches: T[][] = [];
  for (let from = 0; from < items.length; from += size) batches.push(items.slice(from, from + size));
  return batches;
}
