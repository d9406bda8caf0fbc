// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adapterForUrl } from '../../../lib/calendar/adapters';
import { googleAdapter } from '../../../lib/calendar/google';
import { googleEventIdentity } from '../../../lib/calendar/google-id';
import type { CalendarView } from '../../../lib/calendar/types';
import { loadFixture } from '../../support/fixtures';

describe('Google identity and URLs', () => {
  test.each<[string, { id: string; seriesId: string; recurring: boolean; isTask: boolean }]>([
    [
      btoa('abc_20260310T150000Z sam@m').replace(/=+$/, ''),
      { id: 'google:abc_20260310T150000Z', seriesId: 'google:abc', recurring: true, isTask: false },
    ],
    [
      btoa('holiday_20260310 en.usa#holiday@v').replace(/=+$/, ''),
      { id: 'google:holiday_20260310', seriesId: 'google:holiday', recurring: true, isTask: false },
    ],
    [
      btoa('oneoff sam@m').replace(/=+$/, ''),
      { id: 'google:oneoff', seriesId: 'google:oneoff', recurring: false, isTask: false },
    ],
    [btoa('tasks_xyz sam@m'), { id: 'google:tasks_xyz', seriesId: 'google:tasks_xyz', recurring: false, isTask: true }],
    ['tasks.abc', { id: 'google:tasks.abc', seriesId: 'google:tasks.abc', recurring: false, isTask: true }],
    ['ttb_MTIz', { id: 'google:ttb_MTIz', seriesId: 'google:ttb_MTIz', recurring: false, isTask: true }],
    ['%%%', { id: 'google:%%%', seriesId: 'google:%%%', recurring: false, isTask: false }],
  ])('data-eventid %s', (raw, expected) => {
    expect(googleEventIdentity(raw)).toEqual(expected);
  });

  test.each<[string, CalendarView]>([
    ['https://calendar.google.com/calendar/u/0/r/day/2026/3/10', 'day'],
    ['https://calendar.google.com/calendar/u/0/r/week', 'week'],
    ['https://calendar.google.com/calendar/u/1/r/customday/2026/3/9', 'customday'],
    ['https://calendar.google.com/calendar/u/0/r/month/2026/3/1', 'month'],
    ['https://calendar.google.com/calendar/u/0/r/agenda', 'schedule'],
    ['https://calendar.google.com/calendar/u/0/r/year', 'year'],
    ['https://calendar.google.com/calendar/u/0/r/eventedit/abc', 'other'],
    // A name every object has: not a view for all that.
    ['https://calendar.google.com/calendar/u/0/r/constructor', 'other'],
  ])('view of %s is %s', (url, view) => {
    expect(googleAdapter.currentView(new URL(url), document)).toBe(view);
  });

  test('with no view in the URL the page region decides', () => {
    expect(
      googleAdapter.currentView(
        new URL('https://calendar.google.com/calendar/u/0/r'),
        loadFixture('google', 'month.html'),
      ),
    ).toBe('month');
  });

  test.each<[string, 'google' | 'outlook' | null]>([
    ['https://calendar.google.com/calendar/u/0/r/week', 'google'],
    ['https://calendar.google.com/', null],
    ['https://mail.google.com/calendar/u/0/r', null],
    ['https://evil.example/calendar.google.com/calendar/', null],
  ])('adapterForUrl(%s)', (url, site) => {
    expect(adapterForUrl(new URL(url))?.site ?? null).toBe(site);
  });
});
