import { describe, expect, test } from 'vitest';
import type { Meeting, NeedStatus } from '../../../lib/model';
import { meetingsWaited, waitedLabel } from '../../../lib/prep/waited';
import { meeting as record } from '../../support/records';

/** Local wall time for day `d` of May 2025 at `hh:mm` (the calendar's format). */
const wall = (d: number, hh = 10, mm = 0) =>
  `2025-05-${String(d).padStart(2, '0')}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
const ms = (d: number, hh = 10, mm = 0) => new Date(2025, 4, d, hh, mm).getTime();

const meeting = (id: string, day: number, extra: Partial<Meeting> = {}): Meeting =>
  record({ id, seriesId: 's', start: wall(day), end: wall(day, 10, 30), ...extra });

const need = (createdAt: number, status: NeedStatus = 'open') => ({ personId: 'dana', status, createdAt });

// Weekly 1:1s on the 1st, 8th, 15th and 22nd of May, 10:00-10:30.
const weekly = [meeting('m1', 1), meeting('m8', 8), meeting('m15', 15), meeting('m22', 22)];

describe('how many 1:1s an open need has waited', () => {
  test.each([
    { why: 'written after every meeting so far', createdAt: ms(22, 12), now: ms(23), expected: 0 },
    { why: 'written before the first, now after the last', createdAt: ms(1, 9), now: ms(23), expected: 4 },
    { why: 'written between meetings', createdAt: ms(9), now: ms(23), expected: 2 },
    { why: 'during a meeting that is still going on', createdAt: ms(1, 9), now: ms(22, 10, 15), expected: 3 },
    {
      why: 'exactly when a meeting ends, it has waited through it',
      createdAt: ms(1, 9),
      now: ms(1, 10, 30),
      expected: 1,
    },
    { why: 'written during a meeting: that meeting does not count', createdAt: ms(8, 10, 5), now: ms(23), expected: 2 },
  ])('$why → $expected', ({ createdAt, now, expected }) => {
    expect(meetingsWaited(need(createdAt), weekly, now)).toBe(expected);
  });

  test.each([
    { why: 'cancelled meetings do not count', extra: { cancelled: true } },
    { why: 'declined meetings do not count', extra: { declined: true } },
    { why: 'meetings with someone else do not count', extra: { personId: 'lee' } },
    { why: 'meetings that are no longer 1:1s do not count', extra: { personId: null } },
    { why: 'meetings with no time on the calendar do not count', extra: { start: null, end: null } },
  ])('$why', ({ extra }) => {
    const meetings = [meeting('m1', 1), meeting('odd', 8, extra)];
    expect(meetingsWaited(need(ms(1, 9)), meetings, ms(23))).toBe(1);
  });

  test('a meeting with no end is taken as half an hour', () => {
    const meetings = [meeting('m1', 1, { end: null })];
    expect(meetingsWaited(need(ms(1, 9)), meetings, ms(1, 10, 29))).toBe(0);
    expect(meetingsWaited(need(ms(1, 9)), meetings, ms(1, 10, 30))).toBe(1);
  });

  test('the same meeting listed twice counts once', () => {
    expect(meetingsWaited(need(ms(1, 9)), [meeting('m1', 1), meeting('m1', 1)], ms(23))).toBe(1);
  });

  test.each(['met', 'dropped'] as const)('a %s need has stopped waiting', (status) => {
    expect(meetingsWaited(need(ms(1, 9), status), weekly, ms(23))).toBe(0);
  });

  test('a raised need is still waiting to be met', () => {
    expect(meetingsWaited(need(ms(1, 9), 'raised'), weekly, ms(23))).toBe(4);
  });

  test.each([
    [0, ''],
    [1, 'open since your last 1:1'],
    [3, 'open through your last 3 1:1s'],
  ])('label for %i is %j', (count, label) => {
    expect(waitedLabel(count)).toBe(label);
  });
});
