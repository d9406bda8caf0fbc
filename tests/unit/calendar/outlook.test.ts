// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adapterForUrl } from '../../../lib/calendar/adapters';
import { outlookAdapter, outlookSeriesId } from '../../../lib/calendar/outlook';
import { parseOutlookLabelDetails } from '../../../lib/calendar/outlook-label';
import { readEvents } from '../../../lib/calendar/read-page';
import { showsCalendar } from '../../../lib/calendar/site-row';
import type { CalendarEvent, CalendarView } from '../../../lib/calendar/types';
import { loadFixture } from '../../support/fixtures';

const HINT = 'check OUTLOOK_SELECTORS in lib/calendar/outlook.ts and the label parser against the fixture';

type Row = Pick<CalendarEvent, 'title' | 'start' | 'end'> & Partial<CalendarEvent>;
const rows = (events: CalendarEvent[]) =>
  events.map((e) => ({ title: e.title, start: e.start, end: e.end, cancelled: e.cancelled, allDay: e.allDay }));
const byStart = <T extends { start: string | null; title: string }>(list: T[]) =>
  [...list].sort((a, b) => `${a.start}${a.title}`.localeCompare(`${b.start}${b.title}`));

describe('Outlook views: expected events per fixture (scoped to the surface, deduped)', () => {
  test.each<[string, Row[]]>([
    [
      'day.html',
      [
        { title: 'Eng offsite', start: '2026-03-10', end: '2026-03-11', allDay: true },
        { title: 'Standup', start: '2026-03-10T09:30', end: '2026-03-10T10:00' },
        { title: 'Dana / Sam', start: '2026-03-10T15:00', end: '2026-03-10T15:30' },
      ],
    ],
    [
      'workweek.html',
      [
        { title: 'Team sync', start: '2026-03-09T10:00', end: '2026-03-09T11:00' },
        { title: 'Eng offsite', start: '2026-03-10', end: '2026-03-11' },
        { title: 'Standup', start: '2026-03-10T09:30', end: '2026-03-10T10:00' },
        { title: 'Dana / Sam', start: '2026-03-10T15:00', end: '2026-03-10T15:30', cancelled: false },
        { title: "Lunch with Dana's team", start: '2026-03-11T12:00', end: '2026-03-11T13:00' },
        { title: 'Dan / Sam', start: '2026-03-11T14:00', end: '2026-03-11T14:30' },
        { title: 'Dana / Sam', start: '2026-03-12T15:00', end: '2026-03-12T15:30', cancelled: true },
        { title: 'Lee / Sam skip-level', start: '2026-03-12T16:00', end: '2026-03-12T16:30', cancelled: true },
        { title: 'Ana / Sam mentoring', start: '2026-03-13T14:00', end: '2026-03-13T14:45' },
        { title: 'Release window', start: '2026-03-13T23:00', end: '2026-03-14T01:00' },
      ],
    ],
    [
      'week.html',
      [
        { title: 'Daylight Saving Time starts', start: '2026-03-08', end: '2026-03-08', allDay: true },
        { title: 'Team sync', start: '2026-03-09T10:00', end: '2026-03-09T11:00' },
        { title: 'Dana / Sam', start: '2026-03-10T15:00', end: '2026-03-10T15:30' },
        { title: 'Release window', start: '2026-03-13T23:00', end: '2026-03-14T01:00' },
      ],
    ],
    [
      'month.html',
      [
        { title: 'Dana / Sam', start: '2026-03-03T15:00', end: '2026-03-03T15:30' },
        { title: 'Team sync', start: '2026-03-09T10:00', end: '2026-03-09T11:00' },
        { title: 'Eng offsite', start: '2026-03-10', end: '2026-03-11' },
        { title: 'Dana / Sam', start: '2026-03-10T15:00', end: '2026-03-10T15:30' },
        { title: 'Dana / Sam', start: '2026-03-17T15:00', end: '2026-03-17T15:30' },
        { title: 'Dana / Sam', start: '2026-03-24T15:00', end: '2026-03-24T15:30' },
        { title: 'Dana / Sam', start: '2026-03-31T15:00', end: '2026-03-31T15:30' },
      ],
    ],
  ])('%s', (name, expected) => {
    const events = readEvents(outlookAdapter, loadFixture('outlook', name));
    expect(byStart(rows(events)), `${name}: ${HINT}`).toMatchObject(byStart(expected));
    expect(new Set(events.map((e) => e.id)).size, 'ids must be distinct after readEvents').toBe(events.length);
  });
});

describe('Outlook tiles: identity and series', () => {
  const doc = loadFixture('outlook', 'workweek.html');
  const events = readEvents(outlookAdapter, doc);
  const find = (title: string, start: string) => events.find((e) => e.title === title && e.start === start);

  test('id is outlook:<data-calitemid>', () => {
    const tile = doc.querySelector('[data-app-section="Surface_WorkWeek"] [data-calitemid]') as Element;
    const event = outlookAdapter.readEvent(tile);
    expect(event?.id).toBe(`outlook:${tile.getAttribute('data-calitemid')}`);
    expect(event?.site).toBe('outlook');
  });

  test('a "Recurring event" marker sets recurring; a plain tile does not', () => {
    expect(find('Dana / Sam', '2026-03-10T15:00')?.recurring).toBe(true);
    expect(find('Team sync', '2026-03-09T10:00')?.recurring).toBe(false);
  });

  test('Declined: prefix → cancelled with response declined; Canceled: → cancelled', () => {
    expect(find('Lee / Sam skip-level', '2026-03-12T16:00')).toMatchObject({ cancelled: true, response: 'declined' });
    expect(find('Dana / Sam', '2026-03-12T15:00')).toMatchObject({ cancelled: true, response: null });
  });

  test('weekly occurrences share a derived series id; other events do not', () => {
    const month = readEvents(outlookAdapter, loadFixture('outlook', 'month.html'));
    const danas = month.filter((e) => e.title === 'Dana / Sam');
    expect(danas).toHaveLength(5);
    expect(new Set(danas.map((e) => e.seriesId)).size, 'outlookSeriesId should ignore the date').toBe(1);
    expect(new Set(danas.map((e) => e.id)).size).toBe(5);
    const team = month.find((e) => e.title === 'Team sync');
    expect(team?.seriesId).not.toBe(danas[0]?.seriesId);
    expect(danas[0]?.seriesId).toBe('outlook:series:dana / sam|dana reyes|tue|15:00');
  });

  test('a very long subject still gives a bounded series id', () => {
    const label = parseOutlookLabelDetails(
      `${'x'.repeat(3000)}, 1:00 PM to 2:00 PM, Tuesday, March 10, 2026, By Dana Reyes, Busy`,
    );
    expect(outlookSeriesId(label, 'outlook:1').length).toBeLessThan(400);
  });

  test('tiles outside the calendar surface (My Day pane) are ignored', () => {
    const decoy = doc.querySelector('[role="complementary"] [data-calitemid]') as Element;
    expect(decoy, 'fixture should contain the My Day decoy').not.toBeNull();
    expect(decoy.matches(outlookAdapter.eventSelector)).toBe(true);
    expect(outlookAdapter.readEvent(decoy)).toBeNull();
  });

  test('findEventElements on a subtree inside the surface (what the watcher passes)', () => {
    const column = doc.querySelector('[data-app-section="calendar-view-0"] [role="gridcell"]') as Element;
    expect(outlookAdapter.findEventElements(column).length).toBeGreaterThan(0);
  });

  test('reading the inner button gives the same event as reading the tile', () => {
    const button = doc.querySelector(
      '[data-app-section="Surface_WorkWeek"] [data-calitemid] [role="button"]',
    ) as Element;
    const tile = button.closest('[data-calitemid]') as Element;
    expect(outlookAdapter.readEvent(button)?.id).toBe(outlookAdapter.readEvent(tile)?.id);
  });
});

describe('Outlook peek card (assumed structure)', () => {
  test('reads attendees of the visible peek, ignoring a hidden stale one', () => {
    const doc = loadFixture('outlook', 'peek.html');
    const dana = readEvents(outlookAdapter, doc).find((e) => e.title === 'Dana / Sam');
    expect(outlookAdapter.readOpenDetails(doc), 'stale peek (display:none) must be skipped').toEqual({
      eventId: dana?.id,
      emails: ['dana@example.com', 'sam@example.com'],
    });
  });

  test('without an open peek → null', () => {
    expect(outlookAdapter.readOpenDetails(loadFixture('outlook', 'workweek.html'))).toBeNull();
  });

  test('a peek without its own item id falls back to the expanded tile', () => {
    const doc = loadFixture('outlook', 'peek.html');
    for (const peek of doc.querySelectorAll('[data-app-section="CalendarItemPeek"]'))
      peek.removeAttribute('data-calitemid');
    const expanded = doc.querySelector('[data-calitemid] [aria-expanded="true"]')?.closest('[data-calitemid]');
    expect(outlookAdapter.readOpenDetails(doc)?.eventId).toBe(`outlook:${expanded?.getAttribute('data-calitemid')}`);
  });
});

describe('Outlook URLs and views', () => {
  test.each<[string, boolean]>([
    ['https://outlook.office.com/calendar/view/week', true],
    ['https://outlook.office365.com/calendar/view/workweek', true],
    ['https://outlook.live.com/calendar/0/view/day', true],
    ['https://outlook.cloud.microsoft/calendar/view/month', true],
    ['https://outlook.cloud.microsoft/mail/inbox', false],
    ['https://outlook.example.com/calendar/view/week', false],
    ['https://calendar.google.com/calendar/u/0/r/week', false],
  ])('showsCalendar(outlook, %s) = %s', (url, matches) => {
    expect(showsCalendar(outlookAdapter.row, new URL(url))).toBe(matches);
    if (matches) expect(adapterForUrl(new URL(url))?.site).toBe('outlook');
  });

  test.each<[string, CalendarView]>([
    ['day.html', 'day'],
    ['workweek.html', 'workweek'],
    ['week.html', 'week'],
    ['month.html', 'month'],
  ])('surface of %s → %s', (name, view) => {
    expect(
      outlookAdapter.currentView(new URL('https://outlook.office.com/calendar/'), loadFixture('outlook', name)),
    ).toBe(view);
  });

  test('without a rendered surface the URL decides', () => {
    expect(outlookAdapter.currentView(new URL('https://outlook.live.com/calendar/0/view/workweek'), document)).toBe(
      'workweek',
    );
    expect(outlookAdapter.currentView(new URL('https://outlook.live.com/calendar/0/deeplink/compose'), document)).toBe(
      'other',
    );
    // A name every object has: not a view for all that.
    expect(outlookAdapter.currentView(new URL('https://outlook.live.com/calendar/0/view/constructor'), document)).toBe(
      'other',
    );
  });
});

describe('Outlook tiles in the page language', () => {
  test('a Japanese page: the tile reads in Japanese, with its show-as status and cancel prefix', () => {
    document.documentElement.lang = 'ja';
    document.body.innerHTML = `
      <div data-app-section="Surface_Week"><div data-app-section="calendar-view-0">
        <div data-calitemid="AAk1"><div role="button" aria-label="ダナ / サム、10:00 から 10:30、2026 年 3 月 10 日 (火)、開催者: Dana Reyes、予定あり"></div></div>
        <div data-calitemid="AAk2"><div role="button" aria-label="キャンセル済み: 企画会議、13:00 から 13:30、2026 年 3 月 10 日 (火)、空き時間"></div></div>
      </div></div>`;
    const [meeting, cancelled] = outlookAdapter
      .findEventElements(document)
      .map((tile) => outlookAdapter.readEvent(tile));
    expect(meeting).toMatchObject({
      title: 'ダナ / サム',
      organizer: 'Dana Reyes',
      start: '2026-03-10T10:00',
      end: '2026-03-10T10:30',
    });
    expect(cancelled).toMatchObject({ title: '企画会議', cancelled: true, start: '2026-03-10T13:00' });
  });
});
