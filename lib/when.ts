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
