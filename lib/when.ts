/** "just now", "5 min ago", "3 h ago", "yesterday", then a short date: how a note's age reads at a glance. */
export function timeAgo(then: number, now = Date.now(), locale?: string): string {
  const minutes = Math.floor((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  if (hours < 48) return 'yesterday';
  return new Date(then).toLocaleDateString(locale, { month: 'short', day: 'numeric' });
}

/**
 * A calendar wall time (`YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` for all-day) as an instant in the
 * browser's own time zone, which is the zone the calendar page showed it in. Null when absent
 * or unreadable.
 */
export function wallTimeToMs(wall: string | null | undefined): number | null {
  const match = wall?.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/);
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
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
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

/** The browser's local calendar date of an instant, `YYYY-MM-DD` (how due dates are kept). */
export function localDay(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** "Tue 10 Mar", or "Tue 10 Mar 2025" in another year: a past or coming day at a glance. */
export function shortDate(ms: number, now = Date.now(), locale?: string): string {
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return new Date(ms).toLocaleDateString(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}
