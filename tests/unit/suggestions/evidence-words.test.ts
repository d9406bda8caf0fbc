import { describe, expect, test } from 'vitest';
import { describeSeries, type Frequency, frequencyOf } from '../../../lib/suggestions/evidence-words';
import { seen } from '../../support/evidence';

describe('frequencyOf', () => {
  test.each<[string[], boolean, Frequency]>([
    [['2026-03-10', '2026-03-17'], true, 'weekly'],
    [['2026-03-10', '2026-03-17', '2026-03-24'], true, 'weekly'],
    [['2026-03-10', '2026-03-24'], true, 'every 2 weeks'],
    [['2026-03-10', '2026-04-07'], true, 'monthly'],
    [['2026-01-30', '2026-03-02'], true, 'monthly'],
    [['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16'], true, 'daily'],
    [['2026-03-09', '2026-03-12', '2026-03-16'], true, 'recurring'],
    [['2026-03-10'], true, 'recurring'],
    [['2026-03-10'], false, null],
    [[], false, null],
    [['2026-12-29', '2027-01-05'], true, 'weekly'],
  ])('%j (recurring: %s) → %s', (days, recurring, expected) => {
    expect(frequencyOf({ days, recurring })).toBe(expected);
  });
});

describe('describeSeries', () => {
  test.each([
    [
      seen('Dana / Sam', { organizer: 'Dana Reyes', days: ['2026-03-10', '2026-03-17'] }),
      null,
      false,
      "weekly, 'Dana / Sam', organised by Dana Reyes",
    ],
    [seen('1:1 Ana', { organizer: 'Sam Patel' }), null, true, "recurring, '1:1 Ana', organised by you"],
    [
      seen('Catch-up', { organizer: null, recurring: false }),
      'lee@example.com',
      false,
      "'Catch-up', only you and lee@example.com invited",
    ],
    [seen('Sync', { organizer: 'Reyes, Dana' }), null, false, "recurring, 'Sync', organised by Dana Reyes"],
  ] as const)('%j', (series, guest, byMe, expected) => {
    expect(describeSeries(series, guest, byMe)).toBe(expected);
  });
});
