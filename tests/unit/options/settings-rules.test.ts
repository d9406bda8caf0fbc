import { describe, expect, test } from 'vitest';
import { parseClock, parseMinutes, reminderConflicts, SETTINGS_DEFAULTS } from '../../../lib/db/settings';

describe('minutes', () => {
  test.each([
    ['1', 1],
    [' 15 ', 15],
    ['1440', 1440],
  ])('%j is %i minutes', (text, value) => {
    expect(parseMinutes(text)).toEqual({ ok: true, value });
  });
  test.each(['', '   ', '0', '1441', '-5', '2.5', '1e3', 'ten', '٥', '99999999999999999999'])(
    '%j is refused',
    (text) => {
      const parsed = parseMinutes(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/minutes/i);
    },
  );
});

describe('clock times', () => {
  test.each([
    ['21:30', '21:30'],
    ['7:05', '07:05'],
    ['00:00', '00:00'],
  ])('%j reads as %j', (text, value) => {
    expect(parseClock(text)).toEqual({ ok: true, value });
  });
  test.each(['', '24:00', '12:60', '9', 'noon', '12:5'])('%j is refused', (text) => {
    expect(parseClock(text).ok).toBe(false);
  });
});

describe('reminder conflicts', () => {
  const base = SETTINGS_DEFAULTS.reminders;
  test('the defaults have none', () => {
    expect(reminderConflicts(base)).toEqual([]);
  });
  test('a second reminder at the same time as the first', () => {
    const same = { ...base, minutesBefore: 10, second: { kind: 'minutes-before' as const, minutes: 10 } };
    expect(reminderConflicts(same)).toEqual([expect.stringMatching(/same time/)]);
  });
  test('quiet hours that start and end together', () => {
    const empty = { ...base, quietHours: { enabled: true, start: '22:00', end: '22:00' } };
    expect(reminderConflicts(empty)).toEqual([expect.stringMatching(/Quiet hours/)]);
    expect(reminderConflicts({ ...empty, quietHours: { ...empty.quietHours, enabled: false } })).toEqual([]);
  });
});

describe('settings.update', () => {
  test('two quick changes to one record both land', async () => {
    const { settings } = await import('../../../lib/db');
    await Promise.all([
      settings.update('recognition', (r) => ({ ...r, sites: { ...r.sites, outlook: false } })),
      settings.update('recognition', (r) => ({ ...r, titlePatterns: false })),
    ]);
    expect(await settings.get('recognition')).toEqual({
      sites: { google: true, outlook: false },
      titlePatterns: false,
    });
  });
});
