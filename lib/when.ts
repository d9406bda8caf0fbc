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
