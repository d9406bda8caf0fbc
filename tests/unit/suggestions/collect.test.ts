import { describe, expect, test } from 'vitest';
import type { CalendarEvent } from '../../../lib/calendar/types';
import {
  collectAccount,
  collectEvents,
  EVIDENCE_LIMITS,
  forget,
  mayPointAtSomeone,
} from '../../../lib/suggestions/collect';
import { NO_EVIDENCE } from '../../../lib/suggestions/types';
import { account, evidence, seen } from '../../support/evidence';
import { calendarEvent } from '../../support/records';

/** A recurring event organised by Dana, one a series, named by its title. */
const event = (title: string, fields: Partial<CalendarEvent> = {}): CalendarEvent =>
  calendarEvent({
    id: `google:${title}_20260310T150000Z`,
    seriesId: `google:${title}`,
    recurring: true,
    title,
    organizer: 'Dana Reyes',
    response: 'accepted',
    ...fields,
  });

describe('mayPointAtSomeone', () => {
  test.each([
    ['a pair title', event('Dana / Sam'), true],
    ['a 1:1 naming someone', event('1:1 Ana'), true],
    ['a bare 1:1', event('Weekly sync'), true],
    ['a group title', event('Team sync'), false],
    ['no 1:1 in the title', event('Focus time'), false],
    ['declined', event('Dana / Sam', { response: 'declined' }), false],
    ['cancelled', event('Dana / Sam', { cancelled: true }), false],
    ['all day', event('Dana / Sam', { allDay: true }), false],
    ['a subscribed calendar', event('1:1', { organizer: null, calendar: 'Holidays' }), false],
  ])('%s', (_name, e, expected) => expect(mayPointAtSomeone(e)).toBe(expected));
});

describe('collectEvents', () => {
  test('keeps what could point at someone, with the days it was shown on', () => {
    const first = collectEvents(NO_EVIDENCE, [event('Dana / Sam'), event('Team sync'), event('Focus time')], 1);
    const second = collectEvents(
      first ?? NO_EVIDENCE,
      [event('Dana / Sam', { id: 'google:next', start: '2026-03-17T15:00' })],
      2,
    );
    expect(second?.series).toEqual([
      {
        seriesId: 'google:Dana / Sam',
        site: 'google',
        title: 'Dana / Sam',
        organizer: 'Dana Reyes',
        recurring: true,
        days: ['2026-03-10', '2026-03-17'],
        seenAt: 2,
      },
    ]);
  });

  test('a week already seen adds nothing (no write)', () => {
    const once = collectEvents(NO_EVIDENCE, [event('Dana / Sam')], 1);
    expect(once).not.toBeNull();
    expect(collectEvents(once ?? NO_EVIDENCE, [event('Dana / Sam')], 2)).toBeNull();
  });

  test('a guest list of two is kept; one of three marks the series as not a 1:1', () => {
    const two = collectEvents(
      NO_EVIDENCE,
      [event('Weekly')],
      1,
      new Map([['google:Weekly_20260310T150000Z', ['sam@x.com', 'dana@x.com']]]),
    );
    expect(two?.series[0]?.guests).toEqual(['dana@x.com', 'sam@x.com']);
    const three = collectEvents(
      two ?? NO_EVIDENCE,
      [event('Weekly')],
      2,
      new Map([['google:Weekly_20260310T150000Z', ['sam@x.com', 'dana@x.com', 'lee@x.com']]]),
    );
    expect(three?.series[0]).toMatchObject({ crowd: true });
    expect(three?.series[0]?.guests).toBeUndefined();
  });

  test('a hostile page reporting thousands of events cannot grow it past its limits', () => {
    // Titles made only of 1:1 and filler words pass the filter however long they are.
    const flood = Array.from({ length: 2000 }, (_, i) =>
      event(`Weekly sync${' weekly'.repeat(700)}`, {
        seriesId: `google:s${i}`,
        id: `google:s${i}`,
        organizer: 'O'.repeat(5000),
      }),
    );
    const days = Array.from({ length: 50 }, (_, i) =>
      event('Dana / Sam', {
        id: `google:d${i}`,
        start: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i)
          .padStart(2, '0')
          .slice(-2)}T10:00`,
      }),
    );
    const full = collectEvents(NO_EVIDENCE, [...days, ...flood], 1);
    expect(full?.series.find((s) => s.title === 'Dana / Sam')?.days.length).toBe(EVIDENCE_LIMITS.days);
    expect(full?.series.length).toBe(EVIDENCE_LIMITS.series);
    for (const series of full?.series ?? []) {
      expect(series.title.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.text);
      expect((series.organizer ?? '').length).toBeLessThanOrEqual(EVIDENCE_LIMITS.text);
      expect(series.days.length).toBeLessThanOrEqual(EVIDENCE_LIMITS.days);
    }
    expect(JSON.stringify(full).length).toBeLessThan(150 * 1024);
  });

  test('when full, the series that brought nothing new for longest go first', () => {
    const old = evidence(
      Array.from({ length: EVIDENCE_LIMITS.series }, (_, i) => seen(`1:1 P${'abcdefghij'[i % 10]}`, { seenAt: i })),
    );
    const next = collectEvents(old, [event('Dana / Sam')], 10_000);
    expect(next?.series.length).toBe(EVIDENCE_LIMITS.series);
    expect(next?.series[0]?.title).toBe('Dana / Sam');
    expect(next?.series.some((s) => s.seenAt === 0)).toBe(false);
  });
});

describe('collectAccount and forget', () => {
  test('the account is kept once; the same again is no change', () => {
    const once = collectAccount(NO_EVIDENCE, 'google', { name: 'Sam Patel', email: 'sam@example.com' }, 1);
    expect(once?.account).toEqual(account('Sam Patel', 'sam@example.com'));
    expect(
      collectAccount(once ?? NO_EVIDENCE, 'google', { name: 'Sam Patel', email: 'sam@example.com' }, 2),
    ).toBeNull();
    expect(collectAccount(NO_EVIDENCE, 'google', { name: null, email: null }, 1)).toBeNull();
  });

  test('forget drops decided series and, once you are set up, the account', () => {
    const dana = seen('Dana / Sam');
    const lee = seen('Sam <> Lee');
    const full = evidence([dana, lee], account('Sam', null));
    expect(forget(full, [dana.seriesId], false)).toEqual(evidence([lee], account('Sam', null)));
    expect(forget(full, [], true)).toEqual(evidence([dana, lee]));
    expect(forget(full, [], false)).toBeNull();
  });
});
