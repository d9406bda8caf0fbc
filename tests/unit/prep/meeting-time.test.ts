import { describe, expect, test } from 'vitest';
import { describeMeetingTime } from '../../../lib/prep/meeting-time';

const now = new Date(2025, 4, 15, 9, 45).getTime(); // Thursday 15 May 2025, 09:45 local

describe('when the meeting is, in words', () => {
  test.each([
    { start: '2025-05-15T10:00', end: '2025-05-15T10:30', expected: 'Today, 10:00 – 10:30 (in 15 min)' },
    { start: '2025-05-15T09:30', end: '2025-05-15T10:00', expected: 'Today, 9:30 – 10:00 (happening now)' },
    { start: '2025-05-15T08:00', end: '2025-05-15T08:30', expected: 'Today, 8:00 – 8:30 (ended)' },
    { start: '2025-05-15T13:00', end: '2025-05-15T13:30', expected: 'Today, 13:00 – 13:30 (in about 3 h)' },
    { start: '2025-05-16T08:00', end: '2025-05-16T08:30', expected: 'Tomorrow, 8:00 – 8:30 (in about 22 h)' },
    { start: '2025-05-16T10:00', end: '2025-05-16T10:30', expected: 'Tomorrow, 10:00 – 10:30' },
    { start: '2025-05-14T10:00', end: null, expected: 'Yesterday, 10:00 (ended)' },
    { start: '2025-05-20T10:00', end: '2025-05-20T10:30', expected: /^Tuesday,? 20 May, 10:00 – 10:30$/ },
    { start: '2026-01-05T10:00', end: '2026-01-05T10:30', expected: /^Monday,? 5 January 2026, 10:00 – 10:30$/ },
  ])('$start → $expected', ({ start, end, expected }) => {
    const said = describeMeetingTime({ start, end }, now, 'en-GB');
    // ICU versions differ on a comma after the weekday; the rest is ours.
    if (typeof expected === 'string') expect(said).toBe(expected);
    else expect(said).toMatch(expected);
  });

  test('all-day and unknown times', () => {
    expect(describeMeetingTime({ start: '2025-05-16', end: null, allDay: true }, now, 'en-GB')).toBe(
      'Tomorrow, all day',
    );
    expect(describeMeetingTime({ start: null, end: null }, now, 'en-GB')).toBe('Time not shown on the calendar');
  });
});
