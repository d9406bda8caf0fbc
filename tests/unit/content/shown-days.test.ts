import { describe, expect, test } from 'vitest';
import type { CalendarEvent, CalendarView } from '../../../lib/calendar/types';
import { shownDays } from '../../../lib/content/shown-days';
import { calendarEvent } from '../../support/records';

const event = (id: string, start: string | null, end: string | null = start): CalendarEvent =>
  calendarEvent({ id, seriesId: id, title: id, start, end, allDay: start?.length === 10 });

describe('shownDays', () => {
  test.each<[string, CalendarEvent[], CalendarView, ReturnType<typeof shownDays>]>([
    [
      'a week: first to last day of its events',
      [event('b', '2026-03-11T15:00', '2026-03-11T15:30'), event('a', '2026-03-09T09:00', '2026-03-09T10:00')],
      'week',
      { from: '2026-03-09', to: '2026-03-11', ids: ['b', 'a'] },
    ],
    [
      'a multi-day event stretches the span to its end',
      [event('trip', '2026-03-09', '2026-03-12')],
      'week',
      { from: '2026-03-09', to: '2026-03-12', ids: ['trip'] },
    ],
    [
      'an event without a time counts as shown but spans nothing',
      [event('x', null), event('a', '2026-03-10T10:00')],
      'day',
      { from: '2026-03-10', to: '2026-03-10', ids: ['x', 'a'] },
    ],
    ['an empty page proves nothing', [], 'week', null],
    [
      'a page claiming a span longer than any view (a chip dated years away) proves nothing',
      [event('a', '2026-03-09T09:00'), event('far', '2031-03-09T09:00')],
      'week',
      null,
    ],
    ['only timeless events prove nothing', [event('x', null)], 'week', null],
    ['month views may hide events behind "more"', [event('a', '2026-03-10T10:00')], 'month', null],
    ['schedule views load lazily', [event('a', '2026-03-10T10:00')], 'schedule', null],
  ])('%s', (_name, events, view, expected) => {
    expect(shownDays(events, view)).toEqual(expected);
  });
});
