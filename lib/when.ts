import { toWallTime } from './wall-time';

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

/** The browser's local calendar date of an instant, `YYYY-MM-DD` (how due dates are kept). */
export function localDay(ms: number): string {
  return toWallTime(ms).slice(0, 10);
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
