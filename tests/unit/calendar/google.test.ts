// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { googleAdapter } from '../../../lib/calendar/google';
import { readEvents } from '../../../lib/calendar/read-page';
import { loadFixture } from '../../support/fixtures';
import { dateKey, encodeEventId } from '../../support/google-page.mjs';

const HINT = 'check GOOGLE_SELECTORS / googleChipLabel in lib/calendar/google.ts against the fixture';

type Row = { id: string; title: string; start: string | null; end?: string | null };
const brief = (doc: Document) =>
  readEvents(googleAdapter, doc).map((e) => ({ id: e.id, title: e.title, start: e.start, end: e.end }));

describe('Google views: expected events per fixture (deduped, tasks ignored)', () => {
  test.each<[string, Row[]]>([
    [
      'day.html',
      [
        { id: 'google:engoffsite26', title: 'Eng offsite', start: '2026-03-10', end: '2026-03-11' },
        {
          id: 'google:standup5_20260310T133000Z',
          title: 'Standup',
          start: '2026-03-10T09:30',
          end: '2026-03-10T10:00',
        },
        {
          id: 'google:dana1on1_20260310T190000Z',
          title: 'Dana / Sam',
          start: '2026-03-10T15:00',
          end: '2026-03-10T15:30',
        },
      ],
    ],
    [
      'week.html',
      [
        { id: 'google:20260308_usdst', title: 'Daylight Saving Time starts', start: '2026-03-08', end: '2026-03-08' },
        { id: 'google:engoffsite26', title: 'Eng offsite', start: '2026-03-10', end: '2026-03-11' },
        {
          id: 'google:teamsync77_20260309T150000Z',
          title: 'Team sync',
          start: '2026-03-09T10:00',
          end: '2026-03-09T11:00',
        },
        {
          id: 'google:standup5_20260310T133000Z',
          title: 'Standup',
          start: '2026-03-10T09:30',
          end: '2026-03-10T10:00',
        },
        {
          id: 'google:dana1on1_20260310T190000Z',
          title: 'Dana / Sam',
          start: '2026-03-10T15:00',
          end: '2026-03-10T15:30',
        },
        { id: 'google:lunchdt01', title: "Lunch with Dana's team", start: '2026-03-11T12:00', end: '2026-03-11T13:00' },
        {
          id: 'google:danbrown_20260311T180000Z',
          title: 'Dan / Sam',
          start: '2026-03-11T14:00',
          end: '2026-03-11T14:30',
        },
        {
          id: 'google:leeskip_20260312T200000Z',
          title: 'Lee / Sam skip-level',
          start: '2026-03-12T16:00',
          end: '2026-03-12T16:30',
        },
        {
          id: 'google:anamentor_20260313T180000Z',
          title: 'Ana / Sam mentoring',
          start: '2026-03-13T14:00',
          end: '2026-03-13T14:45',
        },
        { id: 'google:release13', title: 'Release window', start: '2026-03-13T23:00', end: '2026-03-14T01:00' },
      ],
    ],
    [
      'customday.html',
      [
        { id: 'google:engoffsite26', title: 'Eng offsite', start: '2026-03-10' },
        { id: 'google:teamsync77_20260309T150000Z', title: 'Team sync', start: '2026-03-09T10:00' },
        { id: 'google:dana1on1_20260310T190000Z', title: 'Dana / Sam', start: '2026-03-10T15:00' },
        { id: 'google:lunchdt01', title: "Lunch with Dana's team", start: '2026-03-11T12:00' },
        { id: 'google:leeskip_20260312T200000Z', title: 'Lee / Sam skip-level', start: '2026-03-12T16:00' },
      ],
    ],
    [
      'month.html',
      [
        { id: 'google:dana1on1_20260303T190000Z', title: 'Dana / Sam', start: '2026-03-03T15:00' },
        { id: 'google:20260308_usdst', title: 'Daylight Saving Time starts', start: '2026-03-08' },
        { id: 'google:teamsync77_20260309T150000Z', title: 'Team sync', start: '2026-03-09T10:00' },
        { id: 'google:engoffsite26', title: 'Eng offsite', start: '2026-03-10' },
        { id: 'google:dana1on1_20260310T190000Z', title: 'Dana / Sam', start: '2026-03-10T15:00' },
        { id: 'google:dana1on1_20260317T190000Z', title: 'Dana / Sam', start: '2026-03-17T15:00' },
        { id: 'google:dana1on1_20260324T190000Z', title: 'Dana / Sam', start: '2026-03-24T15:00' },
        { id: 'google:dana1on1_20260331T190000Z', title: 'Dana / Sam', start: '2026-03-31T15:00' },
      ],
    ],
    [
      'schedule.html',
      [
        { id: 'google:20260308_usdst', title: 'Daylight Saving Time starts', start: '2026-03-08' },
        { id: 'google:teamsync77_20260309T150000Z', title: 'Team sync', start: '2026-03-09T10:00' },
        { id: 'google:engoffsite26', title: 'Eng offsite', start: '2026-03-10' },
        { id: 'google:standup5_20260310T133000Z', title: 'Standup', start: '2026-03-10T09:30' },
        { id: 'google:dana1on1_20260310T190000Z', title: 'Dana / Sam', start: '2026-03-10T15:00' },
        { id: 'google:lunchdt01', title: "Lunch with Dana's team", start: '2026-03-11T12:00' },
      ],
    ],
    [
      'japanese-week.html',
      [
        { id: 'google:20260320_jpholiday', title: '春分の日', start: '2026-03-14' },
        {
          id: 'google:teamsync77_20260309T010000Z',
          title: 'チーム定例、週次',
          start: '2026-03-09T10:00',
          end: '2026-03-09T11:00',
        },
        {
          id: 'google:dana1on1_20260310T060000Z',
          title: 'Dana / Sam',
          start: '2026-03-10T15:00',
          end: '2026-03-10T15:30',
        },
        {
          id: 'google:leeskip_20260312T070000Z',
          title: 'Lee 1on1',
          start: '2026-03-12T16:00',
          end: '2026-03-12T16:30',
        },
        { id: 'google:koreanlabel', title: 'Ana 멘토링', start: '2026-03-13T15:00', end: '2026-03-13T16:00' },
      ],
    ],
  ])('%s', (name, expected) => {
    const events = brief(loadFixture('google', name));
    const sortById = (rows: Row[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(events), `${name}: ${HINT}`).toMatchObject(sortById(expected));
  });
});

describe('Google chips: details that matter to the classifier', () => {
  const events = readEvents(googleAdapter, loadFixture('google', 'week.html'));
  const byId = new Map(events.map((e) => [e.id, e]));

  test.each<[string, Record<string, unknown>]>([
    [
      'google:dana1on1_20260310T190000Z',
      { seriesId: 'google:dana1on1', recurring: true, organizer: 'Dana Reyes', response: 'accepted', site: 'google' },
    ],
    ['google:lunchdt01', { seriesId: 'google:lunchdt01', recurring: false }],
    ['google:leeskip_20260312T200000Z', { response: 'declined', cancelled: false }],
    ['google:20260308_usdst', { organizer: null, calendar: 'Holidays in United States', allDay: true }],
    ['google:anamentor_20260313T180000Z', { organizer: 'Ana María Núñez' }],
  ])('%s', (id, expected) => {
    expect(byId.get(id), `event ${id} missing or misread: ${HINT}`).toMatchObject(expected);
  });

  test('tasks (tasks_) and time blocks (ttb_) are not events', () => {
    expect(
      events.some((e) => /tasks_|ttb_/.test(e.id)),
      'googleEventIdentity must flag task ids',
    ).toBe(false);
  });

  test('the resize handle inside a chip reads as the chip itself (so readEvents can dedupe)', () => {
    const doc = loadFixture('google', 'day.html');
    const handle = doc.querySelector('[data-dragsource-type="3"]');
    expect(handle, 'fixture should contain a resize handle').not.toBeNull();
    const fromHandle = googleAdapter.readEvent(handle as Element);
    expect(fromHandle?.id).toBe('google:standup5_20260310T133000Z');
    expect(fromHandle?.title).toBe('Standup');
  });

  test('eventSelector matches the chips a page watcher would see added', () => {
    const doc = loadFixture('google', 'week.html');
    const chip = doc.querySelector('[data-eventchip]') as Element;
    expect(chip.matches(googleAdapter.eventSelector)).toBe(true);
    expect(doc.querySelector('h1')?.matches(googleAdapter.eventSelector)).toBe(false);
  });
});

describe('Google detail dialog', () => {
  test('reads the visible dialog and ignores hidden leftovers', () => {
    const doc = loadFixture('google', 'dialog-open.html');
    expect(
      googleAdapter.readOpenDetails(doc),
      'hidden dialogs (aria-hidden ancestor, display:none) must be skipped',
    ).toEqual({
      eventId: 'google:dana1on1_20260310T190000Z',
      emails: ['dana@example.com', 'sam@example.com'],
    });
  });

  test('no open dialog → null', () => {
    expect(googleAdapter.readOpenDetails(loadFixture('google', 'week.html'))).toBeNull();
  });

  test('hiding the visible dialog leaves no guest list', () => {
    const doc = loadFixture('google', 'dialog-open.html');
    const dialogs = doc.querySelectorAll('[role="dialog"]');
    (dialogs[dialogs.length - 1] as Element).setAttribute('hidden', '');
    expect(googleAdapter.readOpenDetails(doc)).toBeNull();
  });
});

describe('Google hostile titles stay text', () => {
  const events = readEvents(googleAdapter, loadFixture('google', 'hostile.html'));
  const titleOf = (id: string) => events.find((e) => e.id === id)?.title;

  test.each<[string, string | ((t: string) => boolean)]>([
    ['google:xss_img_1', '<img src=x onerror=alert(1)>'],
    ['google:xss_script_1', '<script>alert("owned")</script> Dana / Sam'],
    ['google:longtitle_1', (t) => t.length === 500],
    ['google:emoji_1', '🎉 Dana / Sam 1:1 🚀'],
    ['google:hebrew_1', 'פגישה אישית עם דנה'],
    ['google:arabic_1', 'اجتماع فردي مع دانا'],
    ['google:fake_1', 'Accepted, No location, March 1, 2020'],
    ['google:!!not-base64%%', 'Undecodable id'],
  ])('%s', (id, expected) => {
    const title = titleOf(id);
    if (typeof expected === 'function')
      expect(title !== undefined && expected(title), `title of ${id}: ${title}`).toBe(true);
    else expect(title, `title of ${id}`).toBe(expected);
  });

  test('a label that imitates label parts still gets the real date', () => {
    expect(events.find((e) => e.id === 'google:fake_1')).toMatchObject({
      start: '2026-03-13T16:00',
      organizer: 'Sam Patel',
      response: 'needs-action',
    });
  });

  test('an id that decodes to binary keeps the raw attribute; its unstructured label gives no time', () => {
    const odd = events.find((e) => e.title === 'gibberish without any structure');
    expect(odd?.start).toBeNull();
    expect(odd?.id.startsWith('google:')).toBe(true);
  });

  test('a chip with an absurdly long data-eventid is skipped', () => {
    const doc = loadFixture('google', 'hostile.html');
    const chip = doc.querySelector('[data-eventchip]') as Element;
    chip.setAttribute('data-eventid', 'A'.repeat(600));
    expect(googleAdapter.readEvent(chip)).toBeNull();
  });

  test('a chip without any label is skipped', () => {
    expect(events.some((e) => e.id === 'google:nolabel_1')).toBe(false);
    expect(events).toHaveLength(9);
  });
});

describe('Google chips are read in the page language and checked against their day column', () => {
  test('a label whose date is not its column’s gets no time', () => {
    document.documentElement.lang = 'de';
    document.body.innerHTML = `
      <div role="gridcell" data-datekey="${dateKey(new Date(2026, 2, 10))}">
        <div role="button" data-eventchip data-eventid="${encodeEventId('a1')}"
             aria-label="15:00 bis 16:00, Dana / Sam, Dana Reyes, Zugesagt, Kein Ort, 10. März 2026"></div>
        <div role="button" data-eventchip data-eventid="${encodeEventId('a2')}"
             aria-label="15:00 bis 16:00, Moved, Dana Reyes, Kein Ort, 11. März 2026"></div>
      </div>`;
    const [right, moved] = googleAdapter.findEventElements(document).map((chip) => googleAdapter.readEvent(chip));
    expect(right).toMatchObject({ title: 'Dana / Sam', start: '2026-03-10T15:00', response: 'accepted' });
    expect(moved).toMatchObject({ title: 'Moved', organizer: 'Dana Reyes', start: null, end: null });
  });
});
