/**
 * Google Calendar chip labels in Japanese (tests/fixtures/google/japanese-week.html: `、` separator, `～` ranges, title
 * in `「」`, `場所:` location, 午前/午後 or 24-hour clock). Assumed shape, mirroring English:
 *   午後3時～午後3時30分、「Dana / Sam」、Dana Reyes、承諾済み、場所: 会議室A、2026年3月10日
 *   終日、「祝日」、カレンダー: 日本の祝日、場所なし、2026年3月20日
 *   2026年4月7日 19:00～2026年4月8日 19:52、「移動」、Sam Patel、場所なし
 * Anything that does not fit returns null so the caller falls back to "time unknown".
 */
import { findLastIndex, responseFromWord } from './label-common';
import {
  allDayRange,
  type CalendarDate,
  type ClockReading,
  type Meridiem,
  resolveClockRange,
  timedRange,
} from './time';
import type { ParsedLabel } from './types';

/** `2026年3月10日`, `3月10日`, `10日`, optionally `(火)`. Groups: year?, month?, day. */
const DATE_JA = '(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日(?:\\s*[(（][^)）]{1,3}[)）])?';
/** `午後3時`, `午後3時30分`, `午前9:30`, `15:30`, `15時`. Groups: 午前|午後?, hour, minute(時分)?, minute(:)? */
const CLOCK_JA = '(午前|午後)?\\s*(\\d{1,2})(?:時(?:(\\d{1,2})分)?|:(\\d{2}))';
const RANGE_SEP = '\\s*[～〜~–-]\\s*';

const TIME_HEAD_JA = new RegExp(`^(?:${DATE_JA}\\s*)?${CLOCK_JA}${RANGE_SEP}(?:${DATE_JA}\\s*)?${CLOCK_JA}$`);
const DATE_PART_JA = new RegExp(`^${DATE_JA}(?:${RANGE_SEP}${DATE_JA})?$`);
const ALL_DAY_JA = /^終日$/;
const LOCATION_JA = /^場所(?:[:：]|なし$)/;
const CALENDAR_JA = /^カレンダー\s*[:：]\s*/;

/** The title between the first `「` and the last `」`, or null when there is none. */
export function japaneseTitle(text: string): string | null {
  const open = text.indexOf('「');
  const close = text.lastIndexOf('」');
  return open >= 0 && close > open ? text.slice(open + 1, close).trim() : null;
}

export function parseJapaneseGoogleLabel(text: string): ParsedLabel | null {
  const title = japaneseTitle(text);
  if (title === null) return null;
  const head = text.slice(0, text.indexOf('「')).replace(/[、\s]+$/, '');
  const rest = text
    .slice(text.lastIndexOf('」') + 1)
    .split('、')
    .map((p) => p.trim())
    .filter(Boolean);

  const dateAt = findLastIndex(rest, (p) => DATE_PART_JA.test(p));
  const dates = dateAt >= 0 ? readDates(rest[dateAt] ?? '') : null;
  const parts = dateAt >= 0 ? rest.slice(0, dateAt) : rest;

  let range: { start: string; end: string } | null = null;
  const allDay = ALL_DAY_JA.test(head);
  if (allDay) range = dates ? allDayRange(dates.first, dates.last) : null;
  else range = readTimedHead(head, dates);
  if (!range) return null;

  return { title, ...readOwnerParts(parts), start: range.start, end: range.end, allDay, cancelled: false };
}

function readDates(part: string): { first: CalendarDate; last: CalendarDate; isRange: boolean } | null {
  const m = DATE_PART_JA.exec(part);
  if (!m) return null;
  const first = dateFrom(m.slice(1, 4), null);
  if (!first) return null;
  const last = m[6] ? dateFrom(m.slice(4, 7), first) : first;
  return last ? { first, last, isRange: Boolean(m[6]) } : null;
}

/** A date from (year?, month?, day); missing parts come from `base` (`3月10日～11日`). */
function dateFrom(groups: ReadonlyArray<string | undefined>, base: CalendarDate | null): CalendarDate | null {
  const [y, m, d] = groups;
  const year = y ? Number(y) : base?.year;
  const month = m ? Number(m) : base?.month;
  if (!year || !month || !d) return null;
  return { year, month, day: Number(d) };
}

function clockFromJa(groups: ReadonlyArray<string | undefined>): ClockReading | null {
  const [mer, hour, minuteJi, minuteColon] = groups;
  if (!hour) return null;
  const meridiem: Meridiem | null = mer === '午前' ? 'am' : mer === '午後' ? 'pm' : null;
  return { hour: Number(hour), minute: Number(minuteJi ?? minuteColon ?? 0), meridiem };
}

function readTimedHead(
  head: string,
  dates: { first: CalendarDate; last: CalendarDate; isRange: boolean } | null,
): { start: string; end: string } | null {
  const m = TIME_HEAD_JA.exec(head);
  if (!m) return null;
  const startDateOwn = dateFrom(m.slice(1, 4), null);
  const startClock = clockFromJa(m.slice(4, 8));
  const endDateOwn = dateFrom(m.slice(8, 11), startDateOwn);
  const endClock = clockFromJa(m.slice(11, 15));
  if (!startClock || !endClock) return null;
  // Japanese 12-hour clocks always say 午前/午後, so a bare hour (`15時`) is 24-hour.
  const times = resolveClockRange(startClock, endClock, { bareHoursAre24h: true });
  const startDate = startDateOwn ?? dates?.first ?? null;
  if (!times || !startDate) return null;
  const endDate = endDateOwn ?? (dates?.isRange ? dates.last : null);
  return timedRange(startDate, endDate, times);
}

function readOwnerParts(parts: string[]): Pick<ParsedLabel, 'organizer' | 'response' | 'calendar'> {
  let owner = parts;
  const locationAt = findLastIndex(owner, (p) => LOCATION_JA.test(p));
  if (locationAt >= 0) owner = owner.slice(0, locationAt);
  const response = owner.length > 0 ? responseFromWord(owner[owner.length - 1] ?? '') : null;
  if (response) owner = owner.slice(0, -1);
  const calendarAt = findLastIndex(owner, (p) => CALENDAR_JA.test(p));
  if (calendarAt >= 0) {
    return { organizer: null, response, calendar: owner.slice(calendarAt).join('、').replace(CALENDAR_JA, '') };
  }
  return { organizer: owner.length > 0 ? owner.join('、') : null, response };
}
