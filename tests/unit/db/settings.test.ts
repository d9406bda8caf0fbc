import { describe, expect, test } from 'vitest';
import { getDb } from '../../../lib/db/open';
import { parseClock, parseMinutes, reminderConflicts, SETTINGS_DEFAULTS, settings } from '../../../lib/db/settings';

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

describe('stored settings read with their defaults underneath', () => {
  // A value saved before a field existed: read back, it has the field at its default.
  const stored = async (key: string, value: unknown) => (await getDb()).put('settings', { key, value } as never);

  test('a reminders record from before quiet hours and the second reminder', async () => {
    await stored('reminders', { enabled: false, minutesBefore: 5 });
    expect(await settings.get('reminders')).toEqual({
      ...SETTINGS_DEFAULTS.reminders,
      enabled: false,
      minutesBefore: 5,
    });
  });

  test('nested records merge too: a quiet-hours range without its switch', async () => {
    await stored('reminders', { ...SETTINGS_DEFAULTS.reminders, quietHours: { start: '21:00', end: '06:00' } });
    expect((await settings.get('reminders')).quietHours).toEqual({ enabled: false, start: '21:00', end: '06:00' });
  });

  test('a recognition record from before a site was added watches the new site', async () => {
    await stored('recognition', { sites: { google: false } });
    expect(await settings.get('recognition')).toEqual({
      sites: { ...SETTINGS_DEFAULTS.recognition.sites, google: false },
      titlePatterns: true,
    });
  });

  test('a choice of one kind keeps only its own fields (a second reminder is one of three shapes)', async () => {
    await stored('reminders', { ...SETTINGS_DEFAULTS.reminders, second: { kind: 'evening-before', time: '20:00' } });
    expect((await settings.get('reminders')).second).toEqual({ kind: 'evening-before', time: '20:00' });
  });

  test('update() changes the merged value, so a change never drops a field the stored record lacked', async () => {
    await stored('prep', { autoOpen: false });
    const next = await settings.update('prep', (prep) => ({ ...prep, autoOpen: true }));
    expect(next).toEqual(SETTINGS_DEFAULTS.prep);
    expect(await settings.get('prep')).toEqual(SETTINGS_DEFAULTS.prep);
  });

  test('lists and plain values are replaced whole, never merged', async () => {
    await stored('me', { name: 'Sam', emails: ['sam@example.com'] });
    await stored('appearance', 'dark');
    expect(await settings.get('me')).toEqual({ name: 'Sam', emails: ['sam@example.com'] });
    expect(await settings.get('appearance')).toBe('dark');
  });
});
