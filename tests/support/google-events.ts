import type { CalendarEvent } from '../../lib/calendar/types';
import { calendarEvent } from './records';

/**
 * An event on Sam's Google calendar, sent by Dana and accepted, as the page reports it; an id
 * with an occurrence suffix (`_2026…`) is one occurrence of a series.
 */
export const googleEvent = (id: string, title: string, fields: Partial<CalendarEvent> = {}): CalendarEvent =>
  calendarEvent({
    id: `google:${id}`,
    seriesId: `google:${id.split('_')[0]}`,
    recurring: id.includes('_'),
    title,
    organizer: 'Dana Reyes',
    response: 'accepted',
    ...fields,
  });
