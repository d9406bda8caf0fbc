/**
 * When the next 1:1 is, the way a person says it at a glance: "now", "in 25 min",
 * "today at 14:00", "tomorrow at 09:30", "Thu, Mar 12 at 10:00". Times are the browser's
 * local time, like the calendar page the meeting came from.
 */
export function meetingWhenInWords(startMs: number, now = Date.now(), locale?: string, endMs?: number | null): string {
  const minutes = Math.round((startMs - now) / 60_000);
  if (minutes <= 0) return endMs && endMs > now ? 'now' : 'just started';
  if (minutes < 60) return `in ${minutes} min`;
  const start = new Date(startMs);
  const time = start.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  const days = dayNumber(start) - dayNumber(new Date(now));
  if (days === 0) return `today at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  const date = start.toLocaleDateString(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    ...(days > 300 && { year: 'numeric' }),
  });
  return `${date} at ${time}`;
}

/** Calendar days since the epoch in local time (DST-safe: built from the local date parts). */
function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);
}
