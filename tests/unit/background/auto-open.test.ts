import { describe, expect, test } from 'vitest';
import { claimAutoOpen, mayAutoOpen } from '../../../lib/background/auto-open';
import { meetings, settings } from '../../../lib/db';
import type { PrepSettings } from '../../../lib/model';
import { wallTimeToMs } from '../../../lib/wall-time';
import { meeting } from '../../support/records';

const prep: PrepSettings = { autoOpen: true, autoOpenMinutes: 15 };
const at = (wall: string) => wallTimeToMs(wall) as number;

describe('mayAutoOpen', () => {
  test.each([
    ['16 min before', meeting(), prep, '2026-03-10T14:44', false],
    ['15 min before', meeting(), prep, '2026-03-10T14:45', true],
    ['during', meeting(), prep, '2026-03-10T15:29', true],
    ['at the end', meeting(), prep, '2026-03-10T15:30', false],
    ['turned off', meeting(), { ...prep, autoOpen: false }, '2026-03-10T14:50', false],
    ['already opened once', meeting({ autoOpenedAt: 1 }), prep, '2026-03-10T14:50', false],
    ['no longer a 1:1', meeting({ personId: null }), prep, '2026-03-10T14:50', false],
    ['cancelled', meeting({ cancelled: true }), prep, '2026-03-10T14:50', false],
    ['declined', meeting({ declined: true }), prep, '2026-03-10T14:50', false],
    ['no start time', meeting({ start: null }), prep, '2026-03-10T14:50', false],
    ['no end: half an hour', meeting({ end: null }), prep, '2026-03-10T15:29', true],
  ])('%s', (_name, m, settingsValue, now, expected) => {
    expect(mayAutoOpen(m, settingsValue, at(now))).toBe(expected);
  });
});

describe('claimAutoOpen', () => {
  test('opens once per meeting', async () => {
    await meetings.put(meeting());
    const now = at('2026-03-10T14:50');
    expect(await claimAutoOpen('google:m1', now)).toBe(true);
    expect(await claimAutoOpen('google:m1', now + 1000)).toBe(false);
    expect((await meetings.get('google:m1'))?.autoOpenedAt).toBe(now);
  });

  test('follows the setting', async () => {
    await meetings.put(meeting());
    await settings.set('prep', { autoOpen: false, autoOpenMinutes: 15 });
    expect(await claimAutoOpen('google:m1', at('2026-03-10T14:50'))).toBe(false);
  });

  test('an unknown meeting never opens', async () => {
    expect(await claimAutoOpen('google:nope', at('2026-03-10T14:50'))).toBe(false);
  });
});
