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
