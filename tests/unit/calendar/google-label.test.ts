import { describe, expect, test } from 'vitest';
import { parseGoogleLabel } from '../../../lib/calendar/google-label';
import type { ParsedLabel } from '../../../lib/calendar/types';
import { describeCorpus } from '../../support/corpus-tests';

type Expected = Partial<ParsedLabel>;

const HINT =
  'fix the reader in lib/calendar/google-label.ts or the words in lib/calendar/locale/google-words.ts — see docs/calendars.md, "The chip\'s label"';

describe('parseGoogleLabel: English labels read in full', () => {
  test.each<[string, Expected]>([
    [
      '3pm to 3:30pm, Dana / Sam, Dana Reyes, Accepted, No location, March 10, 2026',
      {
        title: 'Dana / Sam',
        organizer: 'Dana Reyes',
        start: '2026-03-10T15:00',
        end: '2026-03-10T15:30',
        allDay: false,
        response: 'accepted',
        cancelled: false,
      },
    ],
    [
      '1 to 2pm, Lunch, Sam Patel, No location, March 10, 2026',
      { start: '2026-03-10T13:00', end: '2026-03-10T14:00', response: null },
    ],
    [
      '11 to 1pm, Deep work, Sam Patel, No location, March 10, 2026',
      { start: '2026-03-10T11:00', end: '2026-03-10T13:00' },
    ],
    [
      '12 to 1pm, Lunch, Sam Patel, No location, March 10, 2026',
      { start: '2026-03-10T12:00', end: '2026-03-10T13:00' },
    ],
    [
      '10 to 11am, Planning, Sam Patel, No location, March 10, 2026',
      { start: '2026-03-10T10:00', end: '2026-03-10T11:00' },
    ],
    [
      '11 to 12am, Late deploy, Sam Patel, No location, March 10, 2026',
      { start: '2026-03-10T23:00', end: '2026-03-11T00:00' },
    ],
    [
      '9:30 AM to 10 AM, Standup, Dana Reyes, Needs RSVP, No location, March 10, 2026',
      { start: '2026-03-10T09:30', end: '2026-03-10T10:00', response: 'needs-action' },
    ],
    [
      '15:30 to 17:00, Review, Dana Reyes, Maybe, No location, March 10, 2026',
      { start: '2026-03-10T15:30', end: '2026-03-10T17:00', response: 'tentative' },
    ],
    [
      '9:00 to 9:45, Early sync, Dana Reyes, No location, March 10, 2026',
      { start: '2026-03-10T09:00', end: '2026-03-10T09:45' },
    ],
    [
      '11pm to 1am, Deploy window, Sam Patel, Declined, No location, March 10, 2026',
      { start: '2026-03-10T23:00', end: '2026-03-11T01:00', response: 'declined', cancelled: false },
    ],
    [
      'April 7, 2026 at 7pm to April 8, 2026 at 7:52pm, Red-eye flight, Sam Patel, No location',
      { title: 'Red-eye flight', organizer: 'Sam Patel', start: '2026-04-07T19:00', end: '2026-04-08T19:52' },
    ],
    [
      'December 31, 2026 at 10pm to January 1, 2027 at 1am, New year, Sam Patel, No location, December 31, 2026',
      { title: 'New year', start: '2026-12-31T22:00', end: '2027-01-01T01:00' },
    ],
    [
      'All day, Public holiday, Calendar: Holidays in United States, No location, March 17, 2026',
      {
        title: 'Public holiday',
        organizer: null,
        calendar: 'Holidays in United States',
        start: '2026-03-17',
        end: '2026-03-17',
        allDay: true,
      },
    ],
    [
      'All day, Offsite, Dana Reyes, Accepted, No location, March 10 – 11, 2026',
      { start: '2026-03-10', end: '2026-03-11', allDay: true, response: 'accepted' },
    ],
    [
      'All day, Conference, Dana Reyes, No location, March 30 – April 2, 2026',
      { start: '2026-03-30', end: '2026-04-02', allDay: true },
    ],
    [
      'All day, Break, Sam Patel, No location, December 30, 2026 – January 2, 2027',
      { start: '2026-12-30', end: '2027-01-02' },
    ],
    [
      '2pm to 3pm, Budget, Q3, planning, Dana Reyes, Accepted, Location: Room 4, Building 2, March 10, 2026',
      { title: 'Budget, Q3, planning', organizer: 'Dana Reyes', response: 'accepted' },
    ],
    [
      '2pm to 3pm, Focus time, Sam Patel, No location, March 10, 2026',
      { title: 'Focus time', organizer: 'Sam Patel', response: null },
    ],
    ['2pm to 3pm, Focus time, No location, March 10, 2026', { title: 'Focus time', organizer: null }],
    [
      '2pm to 3pm, Dana / Sam, Dana Reyes, Accepted, No location, Tuesday, March 10, 2026',
      { title: 'Dana / Sam', start: '2026-03-10T14:00' },
    ],
    [
      '  2pm   to 3pm,\n Dana / Sam, Dana Reyes, Accepted, No location, March 10, 2026 ',
      { title: 'Dana / Sam', start: '2026-03-10T14:00' },
    ],
    [
      '7pm to 7:52pm, Long dinner, Sam Patel, No location, April 7 – 8, 2026',
      { start: '2026-04-07T19:00', end: '2026-04-08T19:52' },
    ],
  ])('%s', (label, expected) => {
    expect(parseGoogleLabel(label), `parseGoogleLabel(${JSON.stringify(label)}): ${HINT}`).toMatchObject(expected);
  });
});

describe('parseGoogleLabel: Japanese labels', () => {
  test.each<[string, Expected]>([
    [
      '午後3時～午後3時30分、「Dana / Sam」、Dana Reyes、承諾済み、場所: 会議室A、2026年3月10日',
      {
        title: 'Dana / Sam',
        organizer: 'Dana Reyes',
        start: '2026-03-10T15:00',
        end: '2026-03-10T15:30',
        response: 'accepted',
      },
    ],
    [
      '午前9:30～午前10:00、「朝会」、Dana Reyes、場所なし、2026年3月10日(火)',
      { title: '朝会', start: '2026-03-10T09:30', end: '2026-03-10T10:00' },
    ],
    [
      '15:30～17:00、「定例、月次」、Dana Reyes、未定、場所なし、2026年3月10日',
      { title: '定例、月次', start: '2026-03-10T15:30', end: '2026-03-10T17:00', response: 'tentative' },
    ],
    [
      '午前11時～午後1時、「ランチ」、Sam Patel、場所なし、2026年3月10日',
      { start: '2026-03-10T11:00', end: '2026-03-10T13:00' },
    ],
    [
      '23時～1時、「リリース」、Sam Patel、場所なし、2026年3月10日',
      { start: '2026-03-10T23:00', end: '2026-03-11T01:00' },
    ],
    [
      '終日、「春分の日」、カレンダー: 日本の祝日、場所なし、2026年3月20日',
      {
        title: '春分の日',
        organizer: null,
        calendar: '日本の祝日',
        start: '2026-03-20',
        end: '2026-03-20',
        allDay: true,
      },
    ],
    [
      '終日、「合宿」、Dana Reyes、場所なし、2026年3月10日～11日',
      { start: '2026-03-10', end: '2026-03-11', allDay: true },
    ],
    [
      '2026年4月7日 19:00～2026年4月8日 19:52、「移動」、Sam Patel、場所なし',
      { start: '2026-04-07T19:00', end: '2026-04-08T19:52' },
    ],
  ])('%s', (label, expected) => {
    expect(parseGoogleLabel(label), `parseGoogleLabel(${JSON.stringify(label)}): ${HINT}`).toMatchObject(expected);
  });
});

describe('parseGoogleLabel: unreadable labels give a title and NO time (never a wrong one)', () => {
  test.each<[string, string | undefined, string]>([
    // A language without a word table (Vietnamese), and one whose words are unknown (Icelandic).
    ['Từ 15:00 đến 16:00, Họp, Dana Reyes, Không có vị trí nào, 10 tháng 3, 2026', undefined, 'Họp'],
    ['15:00 til 16:00, Fundur, Dana Reyes, Engin staðsetning, 10. mars 2026', 'Fundur vikunnar', 'Fundur vikunnar'],
    // Italian words with a time that is not one.
    ['15:00 - 16:75, Riunione, Dana Reyes, Nessuna posizione, 10 marzo 2026', undefined, 'Riunione'],
    ['1 to 2, Ambiguous, Sam Patel, No location, March 10, 2026', undefined, 'Ambiguous'],
    ['3pm to 4pm, No year, Sam Patel, No location, March 10', undefined, 'No year'],
    ['13pm to 14pm, Broken clock, Sam Patel, No location, March 10, 2026', undefined, 'Broken clock'],
    ['3pm to 4pm, Bad date, Sam Patel, No location, February 30, 2026', undefined, 'Bad date'],
    ['25:00 to 26:00, Bad hours, Sam Patel, No location, March 10, 2026', undefined, 'Bad hours'],
    ['Dana / Sam', undefined, 'Dana / Sam'],
    ['', undefined, ''],
    ['午後3時～、「壊れた」、場所なし', undefined, '壊れた'],
  ])('%s', (label, visible, title) => {
    const parsed = parseGoogleLabel(label, visible);
    expect(parsed.start, `start of ${JSON.stringify(label)} must be null: ${HINT}`).toBeNull();
    expect(parsed.end, `end of ${JSON.stringify(label)} must be null: ${HINT}`).toBeNull();
    expect(parsed.title, "fallback title should be the visible title or the label's title part").toBe(title);
  });
});

test('parsed labels keep one key order (the detect command prints them as-is)', () => {
  const parsed = parseGoogleLabel('3pm to 4pm, A, B, Accepted, No location, March 10, 2026');
  expect(Object.keys(parsed)).toEqual(['title', 'organizer', 'start', 'end', 'allDay', 'response', 'cancelled']);
});

describeCorpus('google', parseGoogleLabel);

describe("the chip's day column checks its label", () => {
  const label = '06:30 to 06:45, Gym, Calendar: Home, No location, June 10, 2024';
  test.each([
    ['the same day', { year: 2024, month: 6, day: 10 }, '2024-06-10T06:30'],
    ['another day: the date is dropped', { year: 2024, month: 6, day: 11 }, null],
    ['another year: the date is dropped', { year: 2025, month: 6, day: 10 }, null],
  ])('%s', (_name, day, start) => {
    expect(parseGoogleLabel(label, undefined, { lang: 'en', day }).start).toBe(start);
  });

  test('a label spanning two days agrees with either of its columns', () => {
    const night = 'June 9, 2024 at 22:15 to June 10, 2024 at 06:30, Night train, Calendar: Personal, No location';
    for (const day of [9, 10]) {
      expect(parseGoogleLabel(night, undefined, { day: { year: 2024, month: 6, day } }).end).toBe('2024-06-10T06:30');
    }
    expect(parseGoogleLabel(night, undefined, { day: { year: 2024, month: 6, day: 11 } }).start).toBeNull();
  });

  test('a label without a year takes the column’s', () => {
    const noYear = '3pm to 4pm, Dana / Sam, Dana Reyes, No location, March 10';
    expect(parseGoogleLabel(noYear).start).toBeNull();
    expect(parseGoogleLabel(noYear, undefined, { day: { year: 2026, month: 3, day: 10 } })).toMatchObject({
      start: '2026-03-10T15:00',
      end: '2026-03-10T16:00',
    });
  });
});

describe('am/pm words and hour-only clocks in every script', () => {
  test.each<[string, string, string, string]>([
    [
      'zh-CN',
      '上午9点至上午10点，晨会，Dana Reyes，没有位置信息，2026年3月10日',
      '2026-03-10T09:00',
      '2026-03-10T10:00',
    ],
    [
      'zh-TW',
      '下午3點 至 下午3:30，Dana / Sam，Dana Reyes，沒有任何地點資訊，2026年3月10日',
      '2026-03-10T15:00',
      '2026-03-10T15:30',
    ],
    [
      'ko',
      '오전 9시~오전 10시, 스탠드업, Dana Reyes, 위치 없음, 2026년 3월 10일',
      '2026-03-10T09:00',
      '2026-03-10T10:00',
    ],
    ['ko', '9시~10시, 스탠드업, Dana Reyes, 위치 없음, 2026년 3월 10일', '2026-03-10T09:00', '2026-03-10T10:00'],
    [
      'ja',
      '午前9時～午前10時、「朝会」、Dana Reyes、場所の指定なし、2026年 3月 10日',
      '2026-03-10T09:00',
      '2026-03-10T10:00',
    ],
    [
      'ja',
      '午後3時30分～午後4時、「レビュー」、Dana Reyes、場所の指定なし、2026年 3月 10日',
      '2026-03-10T15:30',
      '2026-03-10T16:00',
    ],
    [
      'es',
      'De 10 a.m. a 11 a.m., Revisión, Dana Reyes, Sin ubicación, 10 de marzo de 2026',
      '2026-03-10T10:00',
      '2026-03-10T11:00',
    ],
    [
      'pt-BR',
      '3:00 p.m. - 4:00 p.m., Revisão, Dana Reyes, Nenhum local, 10 de março de 2026',
      '2026-03-10T15:00',
      '2026-03-10T16:00',
    ],
    ['he', '3 אח. עד 4 אח., פגישה, Dana Reyes, ללא מיקום, 10 במרץ 2026', '2026-03-10T15:00', '2026-03-10T16:00'],
    [
      'ar',
      '٣:٠٠ م إلى ٤:٠٠ م، اجتماع، Dana Reyes، ليس هناك موقع، ١٠ مارس ٢٠٢٦',
      '2026-03-10T15:00',
      '2026-03-10T16:00',
    ],
    [
      'fi',
      '3ip - 4ip, Palaveri, Dana Reyes, Ei sijaintia, 10. maaliskuuta 2026',
      '2026-03-10T15:00',
      '2026-03-10T16:00',
    ],
    ['uk', '3пп – 4пп, Зустріч, Dana Reyes, Немає геоданих, 10 березня 2026', '2026-03-10T15:00', '2026-03-10T16:00'],
  ])('%s: %s', (lang, label, start, end) => {
    expect(parseGoogleLabel(label, undefined, { lang }), HINT).toMatchObject({ start, end });
  });
});
