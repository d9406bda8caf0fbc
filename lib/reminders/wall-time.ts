import type { CalendarDate, TimeOfDay } from '../calendar/time';
import { WALL_TIME_PATTERN } from '../wall-time';

/**
 * Calendar wall times (`YYYY-MM-DDTHH:mm`, as the calendar page showed them) and instants,
 * in an IANA time zone, with Intl only. A fixed offset would be wrong twice a year: the hour
 * between a meeting and its reminder can straddle a daylight-saving change.
 */

/** A wall time's parts as numbers: a date and a time of day. */
export type WallTime = CalendarDate & TimeOfDay;

const DAY_MS = 86_400_000;

/** The zone this browser shows calendars in (the one the page's wall times are in). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at an instant (to the second, as UTC-based ms for offset maths). */
function wallMsAt(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour % 24, minute, second);
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return wallMsAt(wholeSecond, timeZone) - wholeSecond;
}

/** The wall clock in `timeZone` at an instant. */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const wall = new Date(wallMsAt(ms, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/**
 * The instant a wall time names in `timeZone`. Like the calendar itself: a time skipped by a
 * spring-forward change (02:30) means the same length after the change (03:30); a time that
 * happens twice at a fall-back change (01:30) means the first one.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Real zones change offset at most once within a day either side: try both offsets.
  const before = offsetAt(asUtc - DAY_MS, timeZone);
  const after = offsetAt(asUtc + DAY_MS, timeZone);
  const fits = (offset: number) => offsetAt(asUtc - offset, timeZone) === offset;
  const candidates = [before, after].filter(fits).map((offset) => asUtc - offset);
  if (candidates.length > 0) return Math.min(...candidates);
  return asUtc - before;
}

/** Parses `YYYY-MM-DDTHH:mm`; null for a date alone (all-day), an absent or an impossible time. */
export function parseWallTime(text: string | null | undefined): WallTime | null {
  const match = text?.match(WALL_TIME_PATTERN);
  if (!match?.[4]) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const real =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    check.getUTCHours() === hour &&
    check.getUTCMinutes() === minute;
  return real ? { year, month, day, hour, minute } : null;
}

/** Parses a wall-clock `HH:mm` into minutes after midnight; null when it is not one. */
export function parseClock(text: string): number | null {
  const match = text.match(/^(\d{1,2}):(\d{2})$/);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? hour * 60 + minute : null;
}

/** The same calendar date `days` away (not 24-hour steps: days around a change are 23 or 25 h). */
export function shiftDays(wall: WallTime, days: number): WallTime {
  const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + days));
  return { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export const sameDate = (a: WallTime, b: WallTime): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** `2026-03-10`: the date part of a stored wall time, which compares as text. */
export const wallDateText = (wall: WallTime): string => `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
