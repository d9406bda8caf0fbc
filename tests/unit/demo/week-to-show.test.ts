import { describe, expect, test } from 'vitest';
import { weekToShow } from '../../../demo/calendar.mjs';

/** The Sunday that starts the week a day falls in, as "YYYY-MM-DD". */
function weekOf(day: Date): string {
  const sunday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - day.getDay());
  return `${sunday.getFullYear()}-${String(sunday.getMonth() + 1).padStart(2, '0')}-${String(sunday.getDate()).padStart(2, '0')}`;
}

// The demo's 1:1s: Dana Tuesday 3–3:30pm, Ana Wednesday 4–4:45pm, Lee Thursday 11–11:45am.
// December 2026: Sunday the 6th starts the week; Sunday the 13th the next.
describe('the week the demo calendar shows', () => {
  test.each([
    ['Monday morning', new Date(2026, 11, 7, 9, 0), '2026-12-06'],
    ['Tuesday, well before Dana', new Date(2026, 11, 8, 12, 59), '2026-12-06'],
    ['Tuesday, two hours before Dana', new Date(2026, 11, 8, 13, 0), '2026-12-13'],
    ['Tuesday, during Dana', new Date(2026, 11, 8, 15, 15), '2026-12-13'],
    ['Tuesday, once Dana is over', new Date(2026, 11, 8, 15, 30), '2026-12-06'],
    ['Wednesday, an hour before Ana', new Date(2026, 11, 9, 15, 0), '2026-12-13'],
    ['Thursday, during the skip-level', new Date(2026, 11, 10, 11, 10), '2026-12-13'],
    ['Thursday afternoon', new Date(2026, 11, 10, 16, 0), '2026-12-06'],
    ['Friday', new Date(2026, 11, 11, 8, 0), '2026-12-13'],
    ['Sunday night', new Date(2026, 11, 6, 23, 0), '2026-12-06'],
  ])('%s', (_, now, week) => {
    expect(weekOf(weekToShow(now))).toBe(week);
  });
});
