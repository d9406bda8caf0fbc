import { expect, test } from 'vitest';
import { timeAgo } from '../../lib/when';

const now = Date.UTC(2026, 10, 21, 12, 0);
test.each([
  [now - 10_000, 'just now'],
  [now - 5 * 60_000, '5 min ago'],
  [now - 59 * 60_000, '59 min ago'],
  [now - 3 * 3_600_000, '3 h ago'],
  [now - 30 * 3_600_000, 'yesterday'],
  [Date.UTC(2026, 10, 2, 12, 0), 'Nov 2'],
])('%s reads as %s', (then, words) => {
  expect(timeAgo(then, now, 'en-US')).toBe(words);
});
