import { expect, test, vi } from 'vitest';
import { readyTracker } from '../../../../components/popup/ready';

test('marks ready once, only when typing and the list are both ready, in either order', () => {
  const mark = vi.fn();
  const first = readyTracker(mark);
  first.listed();
  expect(mark).not.toHaveBeenCalled();
  first.typing();
  first.listed();
  expect(mark).toHaveBeenCalledTimes(1);

  const other = vi.fn();
  const second = readyTracker(other);
  second.typing();
  second.listed();
  expect(other).toHaveBeenCalledTimes(1);
});

test('by default it leaves an upward:ready mark on the performance timeline', () => {
  const tracker = readyTracker();
  tracker.typing();
  tracker.listed();
  expect(performance.getEntriesByName('upward:ready', 'mark')).toHaveLength(1);
});
