import { describe, expect, test } from 'vitest';
import { mergeEvent } from '../../../lib/calendar/read-page';
import type { CalendarEvent } from '../../../lib/calendar/types';
import { calendarEvent } from '../../support/records';

const chip = (over: Partial<CalendarEvent>): CalendarEvent =>
  calendarEvent({
    id: 'google:x',
    seriesId: 'google:x',
    title: 'Offsite',
    organizer: 'Dana Reyes',
    start: '2026-03-10',
    end: '2026-03-10',
    allDay: true,
    ...over,
  });

describe('mergeEvent (two nodes of one event)', () => {
  test.each<[string, Partial<CalendarEvent>, Partial<CalendarEvent>, Partial<CalendarEvent>]>([
    [
      'widens a multi-day event seen one day per chip',
      { start: '2026-03-11', end: '2026-03-11' },
      { start: '2026-03-10', end: '2026-03-10' },
      { start: '2026-03-10', end: '2026-03-11' },
    ],
    [
      'fills an unreadable chip from a readable one',
      { start: null, end: null, organizer: null },
      {},
      { start: '2026-03-10', organizer: 'Dana Reyes' },
    ],
    ['keeps the first title, fills an empty one', { title: '' }, { title: 'Offsite' }, { title: 'Offsite' }],
    [
      'never mixes all-day dates with timed ones',
      {},
      { allDay: false, start: '2026-03-09T10:00', end: '2026-03-09T11:00' },
      { start: '2026-03-10', end: '2026-03-10' },
    ],
    [
      'cancelled or recurring on either node sticks',
      { cancelled: false },
      { cancelled: true, recurring: true },
      { cancelled: true, recurring: true },
    ],
  ])('%s', (_name, first, second, expected) => {
    expect(mergeEvent(chip(first), chip(second)), 'fix mergeEvent in lib/calendar/read-page.ts').toMatchObject(
      expected,
    );
  });
});
