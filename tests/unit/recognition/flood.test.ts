import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recognitionHandlers } from '../../../lib/background/recognition';
import type { CalendarEvent } from '../../../lib/calendar/types';
import { meetings, people, settings } from '../../../lib/db';
import { parseContentMessage } from '../../../lib/messages/content-to-background-receive';
import { RECORDING_LIMITS } from '../../../lib/recognition/budget';

/**
 * A calendar page is untrusted: it can put copies of a real 1:1's chip on the page under new ids,
 * as many as it likes. What it can make Upward record is bounded per report, per tab, per day,
 * and per person and calendar day (a person has at most a few 1:1s a day).
 */

const DAY = '2026-03-10';
const copy = (n: number, day = DAY): CalendarEvent => ({
  site: 'google',
  id: `google:copy-${n}`,
  seriesId: `google:copy-${n}`,
  recurring: false,
  title: 'Dana / Sam',
  organizer: 'Dana Reyes',
  start: `${day}T15:00`,
  end: `${day}T15:30`,
  allDay: false,
  response: 'accepted',
  cancelled: false,
});
const report = (events: CalendarEvent[], tabId = 1) =>
  recognitionHandlers['calendar/events']({ type: 'calendar/events', site: 'google', events }, tabId);

/** `count` different calendar days from 2026-01-01 on. */
const days = (count: number) =>
  Array.from({ length: count }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));

beforeEach(async () => {
  fakeBrowser.reset();
  await settings.set('me', { name: 'Sam Patel', emails: ['sam@example.com'] });
  await people.add({ name: 'Dana Reyes', emails: ['dana@example.com'], relation: 'manager' });
});

describe('a page flooding the store with copied 1:1 chips', () => {
  test('two reports of 2,000 copies on one day record a few 1:1s, not 4,000', async () => {
    const flood = Array.from({ length: 2000 }, (_, n) => copy(n));
    const first = await report(flood);
    await report(Array.from({ length: 2000 }, (_, n) => copy(n + 2000)));
    const recorded = await meetings.count();
    expect(recorded).toBeLessThanOrEqual(RECORDING_LIMITS.perPersonPerDay);
    // The answer names only what was recorded: no badge on a copy the store refused.
    expect(first.oneOnOnes).toHaveLength(Math.min(recorded, RECORDING_LIMITS.perPersonPerDay));
  });

  test('copies spread over 2,000 days are bounded per report and per tab per day', async () => {
    const spread = days(2000).map((day, n) => copy(n, day));
    await report(spread.slice(0, 1000));
    expect(await meetings.count()).toBe(RECORDING_LIMITS.perReport);
    for (let from = 1000; from < 2000; from += 100) await report(spread.slice(from, from + 100));
    expect(await meetings.count()).toBe(RECORDING_LIMITS.perTabPerDay);
  });

  test('all tabs together are bounded per day, and the budget comes back the next day', async () => {
    const spread = days(3000).map((day, n) => copy(n, day));
    let tab = 1;
    for (let from = 0; from < 2000; from += 100) await report(spread.slice(from, from + 100), tab++);
    expect(await meetings.count()).toBe(RECORDING_LIMITS.perDay);
    const tomorrow = Date.now() + 24 * 60 * 60_000;
    vi.spyOn(Date, 'now').mockReturnValue(tomorrow);
    await report(spread.slice(2000, 2100), tab++);
    expect(await meetings.count()).toBe(RECORDING_LIMITS.perDay + RECORDING_LIMITS.perReport);
  });

  test('meetings already recorded keep updating when the budget is spent', async () => {
    const real = copy(0);
    await report([real]);
    const spread = days(1000).map((day, n) => copy(n + 1, day));
    for (let from = 0; from < 1000; from += 100) await report(spread.slice(from, from + 100));
    const moved = { ...real, start: `${DAY}T16:00`, end: `${DAY}T16:30` };
    expect((await report([moved])).oneOnOnes).toEqual([real.id]);
    expect((await meetings.get(real.id))?.start).toBe(`${DAY}T16:00`);
  });
});

describe('what a page may claim about dates', () => {
  const shown = (from: string, to: string) =>
    parseContentMessage({ type: 'calendar/shown', site: 'google', from, to, ids: [] }).ok;
  const withStart = (start: string | null) =>
    parseContentMessage({ type: 'calendar/events', site: 'google', events: [{ ...copy(1), start }] }).ok;

  test.each([
    ['2026-99-99T10:00', false],
    ['2026-02-30T10:00', false],
    ['2026-02-29T10:00', false],
    ['2028-02-29T10:00', true],
    ['2026-03-10T24:00', false],
    ['2026-03-10T23:60', false],
    ['0000-01-01T10:00', false],
    ['9999-12-31T10:00', false],
    ['2026-12-31T23:59', true],
    ['2026-03-10', true],
    [null, true],
  ])('an event starting %s is accepted: %s', (start, accepted) => {
    expect(withStart(start)).toBe(accepted);
  });

  test.each([
    ['a week', true, '2026-03-09', '2026-03-15'],
    ['four weeks (the longest custom view)', true, '2026-03-02', '2026-03-29'],
    ['one day', true, '2026-03-10', '2026-03-10'],
    ['years (it marked every 1:1 cancelled)', false, '0000-01-01', '9999-12-31'],
    ['a quarter', false, '2026-01-01', '2026-03-31'],
    ['backwards', false, '2026-03-15', '2026-03-09'],
    ['an impossible day', false, '2026-02-30', '2026-03-02'],
  ])('a shown range of %s is accepted: %s', (_name, accepted, from, to) => {
    expect(shown(from, to)).toBe(accepted);
  });
});
