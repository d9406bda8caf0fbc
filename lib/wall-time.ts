/**
 * Wall times: the form every meeting time takes from the calendar page to the store, local
 * to the user and naming no zone. `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` for an all-day event.
 * They sort as text in time order, which the meetings' `byStart` index relies on.
 * The parts as numbers (CalendarDate, TimeOfDay) are in lib/calendar/time.ts; zone arithmetic
 * for reminders in lib/reminders/wall-time.ts.
 */

/** `YYYY-MM-DD[THH:mm]`; groups: year, month, day, hour?, minute?. */
export const WALL_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A day alone, `YYYY-MM-DD`. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as the wall time of this browser's zone: `YYYY-MM-DDTHH:mm`. */
export function toWallTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * A wall time as an instant in the browser's own time zone, which is the zone the calendar
 * page showed it in. Null when absent or unreadable.
 */
export function wallTimeToMs(wall: string | null | undefined): number | null {
  const match = wall?.match(WALL_TIME_PATTERN);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0'] = match;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

/** The calendar years a date may fall in: a page claiming the year 0 or 9999 is not showing a calendar. */
const YEARS = { first: 1970, last: 2199 } as const;

/**
 * A date that exists on a calendar: `YYYY-MM-DD`, or with `withTime` also `YYYY-MM-DDTHH:mm`.
 * The shape alone let "2026-99-99" or "2026-02-30T24:60" through.
 */
export function isRealWallTime(text: string, withTime = true): boolean {
  const match = WALL_TIME_PATTERN.exec(text);
  if (!match || (!withTime && match[4] !== undefined)) return false;
  const [year, month, day, hour = 0, minute = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  if (year === undefined || year < YEARS.first || year > YEARS.last) return false;
  if (month === undefined || month < 1 || month > 12 || hour > 23 || minute > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day !== undefined && day >= 1 && day <= daysInMonth;
}

/** Whole days from one `YYYY-MM-DD` to another (negative when `to` comes first). */
export function daysFromTo(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
