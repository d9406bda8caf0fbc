import { describe, expect, test } from 'vitest';
import { GUEST_CASES } from './cases-guests';
import { TITLE_CASES } from './cases-titles';
import { expectVerdict } from './cast';

describe('classify', () => {
  test('the tables hold at least 40 cases', () => {
    expect(TITLE_CASES.length + GUEST_CASES.length).toBeGreaterThanOrEqual(40);
  });

  describe('titles, names and event vetoes (guest list unknown)', () => {
    test.each(TITLE_CASES)('%s', (_name, c) => expectVerdict(c));
  });

  describe('guest lists, series overrides and confirmed series', () => {
    test.each(GUEST_CASES)('%s', (_name, c) => expectVerdict(c));
  });
});
