import { describe, expect, test } from 'vitest';
import type { Meeting, QuietHours } from '../../../lib/model';
import { instantOf, parseWallTime } from '../../../lib/reminders/wall-time';
import {
  dueWrapUp,
  parseWrapUpName,
  plannedWrapUps,
  WRAP_UP_LATE_MS,
  type WrapUpPromptSettings,
  wrapUpName,
} from '../../../lib/reminders/wrap-up';
import { DANA, meeting } from '../../support/records';

const NY = 'America/New_York';
const at = (wall: string, zone = NY) => instantOf(parseWallTime(wall) ?? (null as never), zone);
const OFF: QuietHours = { enabled: false, start: '22:00', end: '07:00' };
const ON = (quietHours: QuietHours = OFF): WrapUpPromptSettings => ({ notify: true, quietHours });

/** [case, meeting, settings, now, when the question is asked (wall time in New York) or null] */
const CASES: [string, Meeting, WrapUpPromptSettings, string, string | null][] = [
  ['a 1:1 later today: when it ends', meeting(), ON(), '2026-03-10T09:00', '2026-03-10T15:30'],
  [
    'no end on the calendar: half an hour after the start',
    meeting({ end: null }),
    ON(),
    '2026-03-10T09:00',
    '2026-03-10T15:30',
  ],
  [
    'an end before the start (a bad read): half an hour',
    meeting({ end: '2026-03-10T14:00' }),
    ON(),
    '2026-03-10T09:00',
    '2026-03-10T15:30',
  ],
  ['under way: still when it ends', meeting(), ON(), '2026-03-10T15:10', '2026-03-10T15:30'],
  ['ended an hour ago, browser just opened: now', meeting(), ON(), '2026-03-10T16:30', '2026-03-10T16:30'],
  ['ended more than six hours ago: not any more', meeting(), ON(), '2026-03-10T21:31', null],
  ['turned off', meeting(), { ...ON(), notify: false }, '2026-03-10T09:00', null],
  ['cancelled', meeting({ cancelled: true }), ON(), '2026-03-10T09:00', null],
  ['declined', meeting({ declined: true }), ON(), '2026-03-10T09:00', null],
  ['all day', meeting({ allDay: true, start: '2026-03-10', end: '2026-03-11' }), ON(), '2026-03-10T09:00', null],
  ['no longer a 1:1', meeting({ personId: null }), ON(), '2026-03-10T09:00', null],
  ['with someone since removed', meeting({ personId: 'gone' }), ON(), '2026-03-10T09:00', null],
  ['already wrapped up (from the card)', meeting({ wrappedUpAt: 1 }), ON(), '2026-03-10T09:00', null],
  [
    'already asked for this start',
    meeting({ reminded: { 'wrap-up': { start: '2026-03-10T15:00', at: 1 } } }),
    ON(),
    '2026-03-10T15:31',
    null,
  ],
  [
    'asked for an earlier start, then moved: asked again',
    meeting({ reminded: { 'wrap-up': { start: '2026-03-09T15:00', at: 1 } } }),
    ON(),
    '2026-03-10T09:00',
    '2026-03-10T15:30',
  ],
  ['no start on the calendar', meeting({ start: null, end: null }), ON(), '2026-03-10T09:00', null],
  [
    'more than eight days ahead: a later re-plan arms it',
    meeting({ start: '2026-03-19T15:00', end: '2026-03-19T15:30' }),
    ON(),
    '2026-03-10T09:00',
    null,
  ],
  [
    'ends inside quiet hours: when they end, if still in time',
    meeting({ start: '2026-03-10T17:00', end: '2026-03-10T17:30' }),
    ON({ enabled: true, start: '17:15', end: '18:00' }),
    '2026-03-10T09:00',
    '2026-03-10T18:00',
  ],
  [
    'quiet hours end too late (next morning): not asked',
    meeting({ start: '2026-03-10T21:30', end: '2026-03-10T22:00' }),
    ON({ enabled: true, start: '22:00', end: '07:00' }),
    '2026-03-10T09:00',
    null,
  ],
  [
    'quiet hours wrapping midnight, 1:1 outside them',
    meeting(),
    ON({ enabled: true, start: '22:00', end: '07:00' }),
    '2026-03-10T09:00',
    '2026-03-10T15:30',
  ],
  [
    'quiet hours switched off are ignored',
    meeting({ end: '2026-03-10T23:00', start: '2026-03-10T22:30' }),
    ON({ enabled: false, start: '22:00', end: '07:00' }),
    '2026-03-10T09:00',
    '2026-03-10T23:00',
  ],
  [
    'across a daylight-saving change (New York springs forward on 8 March)',
    meeting({ start: '2026-03-08T09:00', end: '2026-03-08T09:30' }),
    ON(),
    '2026-03-07T12:00',
    '2026-03-08T09:30',
  ],
];

describe('when the wrap-up question is asked', () => {
  test.each(CASES)('%s', (_name, m, settings, now, expected) => {
    const plan = plannedWrapUps([m], [DANA], settings, at(now), NY);
    expect(plan.map((p) => p.when)).toEqual(expected ? [at(expected)] : []);
    if (expected) expect(plan[0]).toMatchObject({ name: wrapUpName(m.id), meetingId: m.id });
  });

  test('the late window is six hours', () => {
    expect(WRAP_UP_LATE_MS).toBe(6 * 3_600_000);
  });

  test('many meetings: only those worth asking about, soonest first', () => {
    const many = [
      meeting({ id: 'b', start: '2026-03-11T10:00', end: '2026-03-11T10:30' }),
      meeting({ id: 'a' }),
      meeting({ id: 'old', start: '2025-01-01T10:00', end: '2025-01-01T10:30' }),
    ];
    expect(plannedWrapUps(many, [DANA], ON(), at('2026-03-10T09:00'), NY).map((p) => p.meetingId)).toEqual(['a', 'b']);
  });
});

describe('at the alarm', () => {
  test.each([
    ['on time', '2026-03-10T15:30', ON(), true],
    ['a little late', '2026-03-10T15:40', ON(), true],
    ['too early (the meeting moved later)', '2026-03-10T15:00', ON(), false],
    ['inside quiet hours now', '2026-03-10T15:30', ON({ enabled: true, start: '15:00', end: '16:00' }), false],
  ] as const)('%s', (_name, now, settings, due) => {
    expect(dueWrapUp(wrapUpName('google:m1'), meeting(), [DANA], settings, at(now), NY) !== null).toBe(due);
  });

  test.each([
    ['upward-wrap-up:google:abc', { meetingId: 'google:abc' }],
    ['upward-wrap-up:', null],
    ['upward-reminder:main:google:abc', null],
  ])('the name %s', (name, parsed) => {
    expect(parseWrapUpName(name)).toEqual(parsed);
  });
});
