import { describe, expect, test } from 'vitest';
import { SETTINGS_DEFAULTS } from '../../../lib/db/settings';
import type { Meeting, Person, ReminderSettings } from '../../../lib/model';
import {
  dueReminder,
  inQuietHours,
  MAX_PLANNED,
  parseReminderName,
  plannedReminders,
  reminderName,
} from '../../../lib/reminders/schedule';
import { instantOf, parseWallTime } from '../../../lib/reminders/wall-time';
import { meeting } from '../../support/records';

const NY = 'America/New_York';
const TOKYO = 'Asia/Tokyo';

const person = (id: string, name: string): Person => ({
  id,
  name,
  emails: [],
  aliases: [],
  relation: 'manager',
  createdAt: 0,
  updatedAt: 0,
});
const PEOPLE = [person('dana', 'Dana Reyes'), person('lee', 'Lee Okafor')];

const DEFAULTS: ReminderSettings = SETTINGS_DEFAULTS.reminders;
const withSettings = (extra: Partial<ReminderSettings>): ReminderSettings => ({ ...DEFAULTS, ...extra });
const QUIET_NIGHT = { enabled: true, start: '22:00', end: '07:00' };
const QUIET_LUNCH = { enabled: true, start: '12:00', end: '13:00' };

/** A wall time in a zone, as the instant the scheduler should produce. */
const at = (wall: string, timeZone = NY): number => {
  const parsed = parseWallTime(wall);
  if (!parsed) throw new Error(`bad wall time in the test: ${wall}`);
  return instantOf(parsed, timeZone);
};
const iso = (ms: number) => new Date(ms).toISOString();

/** The plan as `kind meetingId @ UTC instant` lines: a failure shows exactly what differed. */
function plan(meetings: Meeting[], settings: ReminderSettings, now: number, timeZone = NY): string[] {
  return plannedReminders(meetings, PEOPLE, settings, now, timeZone).map(
    (reminder) => `${reminder.kind} ${reminder.meetingId} @ ${iso(reminder.when)}`,
  );
}

describe('time zones and daylight-saving changes: the main reminder is real minutes before the start', () => {
  test.each([
    // [case, meeting start (wall, in the zone), lead minutes, zone, expected instant (UTC)]
    ['New York, daylight time', '2026-03-10T15:00', 10, NY, '2026-03-10T18:50:00.000Z'],
    ['New York, standard time', '2026-01-13T15:00', 10, NY, '2026-01-13T19:50:00.000Z'],
    ['Tokyo (no daylight saving)', '2026-03-10T15:00', 10, TOKYO, '2026-03-10T05:50:00.000Z'],
    ['Tokyo, reminder on the previous UTC day', '2026-03-10T08:05', 10, TOKYO, '2026-03-09T22:55:00.000Z'],
    // Spring forward (New York, 8 March 2026, 02:00 -> 03:00): 90 real minutes before 03:00 EDT
    // is 00:30 EST, not the wall-clock 01:30 a naive subtraction gives.
    ['spring-forward day, lead across the change', '2026-03-08T03:00', 90, NY, '2026-03-08T05:30:00.000Z'],
    // 02:30 does not exist that day: the calendar means 03:30 EDT.
    ['spring-forward day, a start in the skipped hour', '2026-03-08T02:30', 10, NY, '2026-03-08T07:20:00.000Z'],
    // Fall back (1 November 2026, 02:00 -> 01:00): 01:30 happens twice; the first one (EDT).
    ['fall-back day, a start in the repeated hour', '2026-11-01T01:30', 10, NY, '2026-11-01T05:20:00.000Z'],
    ['fall-back day, lead across the change', '2026-11-01T02:30', 120, NY, '2026-11-01T05:30:00.000Z'],
  ])('%s', (_case, start, minutesBefore, timeZone, expected) => {
    const dayBefore = Date.parse(expected) - 86_400_000;
    const planned = plannedReminders(
      [meeting({ start })],
      PEOPLE,
      withSettings({ minutesBefore }),
      dayBefore,
      timeZone,
    );
    expect(planned.map((r) => iso(r.when))).toEqual([expected]);
  });
});

describe('second reminders', () => {
  test.each([
    [
      'none: only the main one',
      { kind: 'none' } as const,
      '2026-03-10T15:00',
      ['main google:m1 @ 2026-03-10T18:50:00.000Z'],
    ],
    [
      'an hour before',
      { kind: 'minutes-before', minutes: 60 } as const,
      '2026-03-10T15:00',
      ['second google:m1 @ 2026-03-10T18:00:00.000Z', 'main google:m1 @ 2026-03-10T18:50:00.000Z'],
    ],
    [
      'the evening before, at 20:00 wall time',
      { kind: 'evening-before', time: '20:00' } as const,
      '2026-03-10T09:00',
      ['second google:m1 @ 2026-03-10T00:00:00.000Z', 'main google:m1 @ 2026-03-10T12:50:00.000Z'],
    ],
    // Saturday 7 March is still standard time (UTC-5); the meeting on Sunday is daylight time.
    [
      'the evening before a spring-forward morning',
      { kind: 'evening-before', time: '20:00' } as const,
      '2026-03-08T09:00',
      ['second google:m1 @ 2026-03-08T01:00:00.000Z', 'main google:m1 @ 2026-03-08T12:50:00.000Z'],
    ],
    [
      'the evening before the first of the month',
      { kind: 'evening-before', time: '21:30' } as const,
      '2026-04-01T09:00',
      ['second google:m1 @ 2026-04-01T01:30:00.000Z', 'main google:m1 @ 2026-04-01T12:50:00.000Z'],
    ],
    [
      'at the same moment as the main one: shown once',
      { kind: 'minutes-before', minutes: 10 } as const,
      '2026-03-10T15:00',
      ['main google:m1 @ 2026-03-10T18:50:00.000Z'],
    ],
    [
      'an unreadable evening time: no second reminder',
      { kind: 'evening-before', time: '25:99' } as const,
      '2026-03-10T15:00',
      ['main google:m1 @ 2026-03-10T18:50:00.000Z'],
    ],
  ])('%s', (_case, second, start, expected) => {
    const threeDaysBefore = at(start) - 3 * 86_400_000;
    expect(plan([meeting({ start })], withSettings({ second }), threeDaysBefore)).toEqual(expected);
  });

  test('a second reminder whose time has passed is dropped; the main one still comes', () => {
    const settings = withSettings({ second: { kind: 'evening-before', time: '20:00' } });
    expect(plan([meeting()], settings, at('2026-03-10T08:00'))).toEqual(['main google:m1 @ 2026-03-10T18:50:00.000Z']);
  });
});

describe('quiet hours', () => {
  const now = at('2026-03-09T09:00');
  test.each([
    // [case, quiet hours, meeting start, reminded?]
    ['off by default', DEFAULTS.quietHours, '2026-03-10T07:05', true],
    ['wrapping midnight: 06:55 is quiet', QUIET_NIGHT, '2026-03-10T07:05', false],
    ['wrapping midnight: 07:00 is not (the end is open)', QUIET_NIGHT, '2026-03-10T07:10', true],
    ['wrapping midnight: 21:55 is not', QUIET_NIGHT, '2026-03-10T22:05', true],
    ['wrapping midnight: 22:00 is quiet', QUIET_NIGHT, '2026-03-10T22:10', false],
    ['wrapping midnight: 00:20 is quiet', QUIET_NIGHT, '2026-03-10T00:30', false],
    ['within a day: 12:20 is quiet', QUIET_LUNCH, '2026-03-10T12:30', false],
    ['within a day: 13:10 is not', QUIET_LUNCH, '2026-03-10T13:20', true],
    ['within a day: 11:50 is not', QUIET_LUNCH, '2026-03-10T12:00', true],
    ['start = end silences nothing', { enabled: true, start: '09:00', end: '09:00' }, '2026-03-10T09:30', true],
    ['unreadable hours silence nothing', { enabled: true, start: 'soon', end: '07:00' }, '2026-03-10T03:00', true],
  ])('%s', (_case, quietHours, start, reminded) => {
    expect(plan([meeting({ start })], withSettings({ quietHours }), now)).toHaveLength(reminded ? 1 : 0);
  });

  test('quiet hours are wall-clock hours of the given zone', () => {
    // 22:30 in Tokyo is 13:30 UTC: quiet in Tokyo, not in UTC.
    const when = at('2026-03-10T22:30', TOKYO);
    expect(inQuietHours(when, QUIET_NIGHT, TOKYO)).toBe(true);
    expect(inQuietHours(when, QUIET_NIGHT, 'UTC')).toBe(false);
  });

  test('an evening-before reminder inside quiet hours is dropped, the main one kept', () => {
    const settings = withSettings({ quietHours: QUIET_NIGHT, second: { kind: 'evening-before', time: '22:30' } });
    expect(plan([meeting()], settings, now)).toEqual(['main google:m1 @ 2026-03-10T18:50:00.000Z']);
  });
});

describe('which meetings get reminders', () => {
  const now = at('2026-03-10T09:00');
  test.each([
    ['a recognised 1:1', {}, 1],
    ['no longer a 1:1 (no person)', { personId: null }, 0],
    ['a person since deleted', { personId: 'gone' }, 0],
    ['cancelled', { cancelled: true }, 0],
    ['declined', { declined: true }, 0],
    ['all-day', { allDay: true, start: '2026-03-10', end: '2026-03-11' }, 0],
    ['no start time', { start: null }, 0],
    ['an impossible start time', { start: '2026-02-30T15:00' }, 0],
    ['already started', { start: '2026-03-10T08:59' }, 0],
    ['starting this very minute', { start: '2026-03-10T09:00' }, 0],
    ['yesterday', { start: '2026-03-09T15:00' }, 0],
    ['more than the horizon ahead (re-planned later)', { start: '2026-03-19T15:00' }, 0],
    ['just inside the horizon', { start: '2026-03-18T09:05' }, 1],
  ])('%s', (_case, extra: Partial<Meeting>, count) => {
    expect(plan([meeting(extra)], DEFAULTS, now)).toHaveLength(count);
  });

  test('a malformed stored setting falls back instead of throwing', () => {
    const odd = { enabled: true, minutesBefore: '15' } as unknown as ReminderSettings;
    expect(plan([meeting()], odd, now)).toEqual(['main google:m1 @ 2026-03-10T18:45:00.000Z']);
  });

  test('a long lead reaches a meeting beyond the horizon', () => {
    // 6000 minutes (100 h) before 22 March 09:00 is 18 March 05:00: inside the 8 days.
    expect(plan([meeting({ start: '2026-03-22T09:00' })], withSettings({ minutesBefore: 6000 }), now)).toEqual([
      'main google:m1 @ 2026-03-18T09:00:00.000Z',
    ]);
  });

  test('reminders turned off: none at all', () => {
    expect(plan([meeting()], withSettings({ enabled: false }), now)).toEqual([]);
  });

  test('a meeting starting in 5 minutes (lead 10) is reminded at once, not skipped', () => {
    expect(plan([meeting({ start: '2026-03-10T09:05' })], DEFAULTS, now)).toEqual([`main google:m1 @ ${iso(now)}`]);
  });

  test('overlapping meetings each get their own reminder', () => {
    const meetings = [
      meeting({ id: 'google:a', start: '2026-03-10T15:00' }),
      meeting({ id: 'google:b', start: '2026-03-10T15:00', personId: 'lee' }),
      meeting({ id: 'google:c', start: '2026-03-10T15:15' }),
    ];
    expect(plan(meetings, DEFAULTS, now)).toEqual([
      'main google:a @ 2026-03-10T18:50:00.000Z',
      'main google:b @ 2026-03-10T18:50:00.000Z',
      'main google:c @ 2026-03-10T19:05:00.000Z',
    ]);
  });

  test('the earliest reminders win when there are more than the browser allows', () => {
    const many = Array.from({ length: MAX_PLANNED + 20 }, (_, i) =>
      meeting({ id: `google:${String(i).padStart(3, '0')}`, start: '2026-03-11T15:00' }),
    );
    const planned = plannedReminders([meeting({ id: 'google:soon' }), ...many], PEOPLE, DEFAULTS, now, NY);
    expect(planned).toHaveLength(MAX_PLANNED);
    expect(planned[0]?.meetingId).toBe('google:soon');
  });
});

describe('never twice, and a moved meeting gets a new time', () => {
  const now = at('2026-03-10T09:00');
  const second = withSettings({ second: { kind: 'minutes-before', minutes: 60 } });

  test('a main reminder shown for this start is not planned again; the second one still is', () => {
    const shown = meeting({ reminded: { main: { start: '2026-03-10T15:00', at: 1 } } });
    expect(plan([shown], second, now)).toEqual(['second google:m1 @ 2026-03-10T18:00:00.000Z']);
  });

  test('both shown: nothing left', () => {
    const shown = meeting({
      reminded: { main: { start: '2026-03-10T15:00', at: 1 }, second: { start: '2026-03-10T15:00', at: 1 } },
    });
    expect(plan([shown], second, now)).toEqual([]);
  });

  test('moved to a new start after its reminder fired: reminded again, at the new time, same name', () => {
    const moved = meeting({ start: '2026-03-10T16:00', reminded: { main: { start: '2026-03-10T15:00', at: 1 } } });
    const planned = plannedReminders([moved], PEOPLE, DEFAULTS, now, NY);
    expect(planned.map((r) => [r.name, iso(r.when)])).toEqual([
      [reminderName('main', 'google:m1'), '2026-03-10T19:50:00.000Z'],
    ]);
  });

  test('names are deterministic: the same plan twice names the same alarms', () => {
    const first = plannedReminders([meeting()], PEOPLE, second, now, NY);
    const again = plannedReminders([meeting()], PEOPLE, second, now + 60_000, NY);
    expect(again.map((r) => r.name)).toEqual(first.map((r) => r.name));
    expect(new Set(first.map((r) => r.name)).size).toBe(first.length);
  });
});

describe('reminder names', () => {
  test.each([
    ['google:abc_20260310T190000Z', 'main'],
    ['outlook:AAMkAD:with:colons==', 'second'],
    ['google:😀 مرحبا', 'main'],
  ] as const)('round-trips %s', (meetingId, kind) => {
    expect(parseReminderName(reminderName(kind, meetingId))).toEqual({ kind, meetingId });
  });

  test.each(['upward-reminders-replan', 'upward-reminder:later:google:x', 'upward-reminder:main:', 'other', ''])(
    'refuses %j',
    (name) => {
      expect(parseReminderName(name)).toBeNull();
    },
  );
});

describe('dueReminder: re-checked when the alarm fires', () => {
  const name = reminderName('main', 'google:m1');
  const fireAt = at('2026-03-10T14:50');
  test.each([
    ['on time', meeting(), DEFAULTS, fireAt, true],
    ['a little late', meeting(), DEFAULTS, fireAt + 90_000, true],
    ['late but the meeting is still ahead', meeting(), DEFAULTS, at('2026-03-10T14:58'), true],
    ['meeting started a minute ago (grace)', meeting(), DEFAULTS, at('2026-03-10T15:01'), true],
    ['meeting long started', meeting(), DEFAULTS, at('2026-03-10T15:10'), false],
    [
      'already shown for this start',
      meeting({ reminded: { main: { start: '2026-03-10T15:00', at: 1 } } }),
      DEFAULTS,
      fireAt,
      false,
    ],
    ['moved an hour later', meeting({ start: '2026-03-10T16:00' }), DEFAULTS, fireAt, false],
    ['cancelled since', meeting({ cancelled: true }), DEFAULTS, fireAt, false],
    ['no longer a 1:1', meeting({ personId: null }), DEFAULTS, fireAt, false],
    ['reminders turned off since', meeting(), withSettings({ enabled: false }), fireAt, false],
    [
      'now inside quiet hours',
      meeting({ start: '2026-03-10T07:10' }),
      withSettings({ quietHours: QUIET_NIGHT }),
      at('2026-03-10T06:59'),
      false,
    ],
  ])('%s', (_case, m, settings, now, due) => {
    expect(dueReminder(name, m, PEOPLE, settings, now, NY) !== null).toBe(due);
  });

  test('a meeting deleted from the store is not due', () => {
    expect(dueReminder(name, undefined, PEOPLE, DEFAULTS, fireAt, NY)).toBeNull();
  });

  test('a second reminder delivered long after its time is not shown', () => {
    const settings = withSettings({ second: { kind: 'evening-before', time: '20:00' } });
    const second = reminderName('second', 'google:m1');
    expect(dueReminder(second, meeting(), PEOPLE, settings, at('2026-03-09T20:01'), NY)).not.toBeNull();
    expect(dueReminder(second, meeting(), PEOPLE, settings, at('2026-03-09T23:00'), NY)).toBeNull();
  });
});
