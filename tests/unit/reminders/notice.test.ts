import { describe, expect, test } from 'vitest';
import { reminderNotice, whenFromNow } from '../../../lib/reminders/notice';
import { instantOf, parseWallTime } from '../../../lib/reminders/wall-time';

const NY = 'America/New_York';
const at = (wall: string, timeZone = NY) =>
  instantOf(parseWallTime(wall) ?? { year: 0, month: 1, day: 1, hour: 0, minute: 0 }, timeZone);
const START = at('2026-03-10T15:00');

describe('how far off the meeting is', () => {
  test.each([
    ['exactly ten minutes', START - 10 * 60_000, 'in 10 min'],
    ['an alarm a moment late still reads 10', START - 10 * 60_000 + 800, 'in 10 min'],
    ['one minute', START - 60_000, 'in 1 min'],
    ['starting', START - 20_000, 'starting now'],
    ['already started (a late alarm)', START + 60_000, 'starting now'],
    ['an hour', START - 60 * 60_000, 'in 1 h'],
    ['an hour and a half', START - 90 * 60_000, 'in 1 h 30 min'],
    ['same day, later', at('2026-03-10T07:00'), 'today at 3:00 PM'],
    ['the evening before', at('2026-03-09T20:00'), 'tomorrow at 3:00 PM'],
    ['days ahead', at('2026-03-07T20:00'), 'on Tue, Mar 10 at 3:00 PM'],
  ])('%s', (_case, now, expected) => {
    expect(whenFromNow({ start: START, now, timeZone: NY, locale: 'en-US' })).toBe(expected);
  });

  test('"tomorrow" is the calendar day in the given zone, not 24 hours', () => {
    // 23:30 in New York is already the next day in Tokyo.
    const start = at('2026-03-11T09:00', 'Asia/Tokyo');
    const now = at('2026-03-10T20:00', 'Asia/Tokyo');
    expect(whenFromNow({ start, now, timeZone: 'Asia/Tokyo', locale: 'en-US' })).toBe('tomorrow at 9:00 AM');
  });
});

describe('the notification text', () => {
  const base = { personName: 'Dana Reyes', start: START, now: START - 10 * 60_000, timeZone: NY };
  // The same words as the card's "To raise" and the popup: one count of needs and questions.
  test.each([
    [3, '3 to raise. Click to prepare.'],
    [1, '1 to raise. Click to prepare.'],
    [0, 'Nothing to raise yet. What do you need from Dana Reyes?'],
  ])('%i to raise', (toRaise, message) => {
    expect(reminderNotice({ ...base, toRaise })).toEqual({
      title: '1:1 with Dana Reyes in 10 min',
      message,
    });
  });

  test.each([
    ['emoji and RTL kept whole', 'دانة 😀 Reyes', '1:1 with دانة 😀 Reyes in 10 min'],
    ['runs of whitespace collapsed', '  Dana \n  Reyes ', '1:1 with Dana Reyes in 10 min'],
    ['an empty name still reads', '   ', '1:1 with your manager in 10 min'],
  ])('names: %s', (_case, personName, title) => {
    expect(reminderNotice({ ...base, personName, toRaise: 0 }).title).toBe(title);
  });

  test('a 100 KB name is cut to a short one, never mid-emoji', () => {
    const { title, message } = reminderNotice({
      ...base,
      personName: '😀'.repeat(50_000),
      toRaise: 2,
    });
    expect(title.length).toBeLessThan(200);
    expect(title).toMatch(/^1:1 with (😀)+… in 10 min$/);
    expect(message.length).toBeLessThan(100);
  });
});
