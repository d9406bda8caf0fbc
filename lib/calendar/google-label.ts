/**
 * Google Calendar chip labels (the `aria-label` or visually hidden first child of a chip).
 *
 * English format (tests/fixtures/google/week.html, day.html, month.html), comma separated:
 *   <time range | All day>, <title>, <organizer | Calendar: name>, [<RSVP>], <No location | Location: …>, <date>
 * Titles, locations and cross-day time ranges contain commas, so we anchor the time at
 * the start and the date at the end with patterns, then peel the known parts off the
 * end of what is left; whatever remains in the middle is the title.
 */
import { CLOCK, clockFrom, FULL_DATE, fullDateFrom, hasMinutes, MONTH, monthNumber, WEEKDAY } from './english';
import { japaneseTitle, parseJapaneseGoogleLabel } from './google-label-ja';
import { findLastIndex, orderedLabel, responseFromWord, squashSpaces, unreadableLabel } from './label-common';
import { allDayRange, type CalendarDate, resolveClockRange, timedRange } from './time';
import type { ParsedLabel } from './types';

/** One side of a time range: `7pm` or `April 7, 2026 at 7pm`. Groups: 6 date + 3 clock. */
const SIDE = `(?:${FULL_DATE}\\s+at\\s+)?${CLOCK}`;

/** The label's head: `3pm to 3:30pm`, `1 to 2pm`, `15:30 to 17:00`, `April 7, 2026 at 7pm to April 8, 2026 at 7:52pm`. */
const TIME_HEAD = new RegExp(`^${SIDE}\\s*(?:\\bto\\b|[–—-])\\s*${SIDE}(?=\\s*,|\\s*$)`, 'i');

/** `All day, …` (all-day chips in every view, and the `Calendar: Holidays` rows). */
const ALL_DAY_HEAD = /^all[ -]day(?=\s*,|\s*$)/i;

/**
 * The label's tail: `March 10, 2026`, `Tuesday, March 10, 2026`, `March 10 – 11, 2026`,
 * `March 30 – April 2, 2026`, `December 30, 2026 – January 2, 2027`.
 * Groups: month1, day1, year1?, month2?, day2?, year2?
 */
const DATE_TAIL = new RegExp(
  `,\\s*(?:${WEEKDAY},\\s*)?(${MONTH})\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?` +
    `(?:\\s*[–—-]\\s*(?:(${MONTH})\\.?\\s+)?(\\d{1,2})(?:,\\s*(\\d{4}))?)?\\s*$`,
  'i',
);

/** Parts that sit between the organizer and the date. Google Calendar week/day/month/schedule chips. */
const NO_LOCATION = /^no location$/i;
const LOCATION_PREFIX = /^location:\s*/i;
const CALENDAR_PREFIX = /^calendar:\s*/i;

interface TailDates {
  first: CalendarDate;
  last: CalendarDate;
  isRange: boolean;
}

export function parseGoogleLabel(label: string, visibleTitle?: string): ParsedLabel {
  const text = squashSpaces(label);
  const parsed = parseEnglish(text) ?? (/[、「」]/.test(text) ? parseJapaneseGoogleLabel(text) : null);
  if (parsed) return orderedLabel(parsed);
  return unreadableLabel(fallbackTitle(text, visibleTitle));
}

/** Best-effort title for a label we cannot read: the chip's visible text, else the label's second part. */
function fallbackTitle(text: string, visibleTitle: string | undefined): string {
  const visible = visibleTitle ? squashSpaces(visibleTitle) : '';
  if (visible) return visible;
  const quoted = japaneseTitle(text);
  if (quoted !== null) return quoted;
  const parts = text.split(/,\s|、/);
  return (parts.length > 1 ? parts[1] : parts[0]) ?? '';
}

function parseEnglish(text: string): ParsedLabel | null {
  const allDay = ALL_DAY_HEAD.exec(text);
  const timed = allDay ? null : TIME_HEAD.exec(text);
  const head = allDay ?? timed;
  if (!head) return null;
  const tail = DATE_TAIL.exec(text.slice(head[0].length));
  const tailDates = tail ? readTail(tail) : null;
  const middleEnd = tail ? head[0].length + tail.index : text.length;
  const middle = text.slice(head[0].length, middleEnd).replace(/^\s*,\s*/, '');

  let range: { start: string; end: string } | null = null;
  if (allDay) {
    range = tailDates ? allDayRange(tailDates.first, tailDates.last) : null;
  } else if (timed) {
    range = readTimedHead(timed, tailDates);
  }
  if (!range) return null;
  return { ...readMiddle(middle), start: range.start, end: range.end, allDay: Boolean(allDay), cancelled: false };
}

function readTail(match: RegExpExecArray): TailDates | null {
  const [, m1, d1, y1, m2, d2, y2] = match;
  const firstYear = Number(y1 ?? y2);
  const lastYear = Number(y2 ?? y1);
  const firstMonth = monthNumber(m1);
  const lastMonth = m2 ? monthNumber(m2) : firstMonth;
  if (!firstYear || firstMonth === null || lastMonth === null) return null;
  const first = { year: firstYear, month: firstMonth, day: Number(d1) };
  const last = d2 ? { year: lastYear, month: lastMonth, day: Number(d2) } : first;
  return { first, last, isRange: Boolean(d2) };
}

function readTimedHead(match: RegExpExecArray, tail: TailDates | null): { start: string; end: string } | null {
  const startDateOwn = fullDateFrom(match.slice(1, 7));
  const [sh, sm, smer] = match.slice(7, 10);
  const endDateOwn = fullDateFrom(match.slice(10, 16));
  const [eh, em, emer] = match.slice(16, 19);
  const startClock = clockFrom(sh, sm, smer);
  const endClock = clockFrom(eh, em, emer);
  if (!startClock || !endClock) return null;
  const times = resolveClockRange(startClock, endClock, { bareHoursAre24h: hasMinutes(sm) && hasMinutes(em) });
  if (!times) return null;
  const startDate = startDateOwn ?? tail?.first ?? null;
  if (!startDate) return null;
  const endDate = endDateOwn ?? (tail?.isRange ? tail.last : null);
  return timedRange(startDate, endDate, times);
}

/** Title, organizer and RSVP from the parts between the time and the date, peeled from the end. */
function readMiddle(middle: string): Pick<ParsedLabel, 'title' | 'organizer' | 'response' | 'calendar'> {
  let parts = middle === '' ? [] : middle.split(', ');
  const locationAt = findLastIndex(parts, (p) => NO_LOCATION.test(p) || LOCATION_PREFIX.test(p));
  if (locationAt > 0) parts = parts.slice(0, locationAt);

  const response = parts.length > 1 ? responseFromWord(parts[parts.length - 1] ?? '') : null;
  if (response) parts = parts.slice(0, -1);

  const calendarAt = findLastIndex(parts, (p) => CALENDAR_PREFIX.test(p));
  if (calendarAt > 0) {
    const calendar = parts.slice(calendarAt).join(', ').replace(CALENDAR_PREFIX, '');
    return { title: parts.slice(0, calendarAt).join(', '), organizer: null, response, calendar };
  }
  if (parts.length < 2) return { title: parts.join(', '), organizer: null, response };
  return { title: parts.slice(0, -1).join(', '), organizer: parts[parts.length - 1] ?? null, response };
}
