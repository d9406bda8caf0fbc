import { describe, expect, test } from 'vitest';
import { classify, TITLES_OFF } from '../../../lib/oneonone/classify';
import type { ClassifyInput } from '../../../lib/oneonone/types';
import { dana, event, everyone, lee, me } from './cast';

/** Settings › Recognition › "Use title patterns" switched off. */
const input = (over: Partial<ClassifyInput> = {}): ClassifyInput => ({
  event: event({ title: 'Dana / Sam', organizer: 'Dana Reyes', recurring: true }),
  guests: null,
  me,
  people: everyone,
  overrides: new Map(),
  confirmedSeries: new Map(),
  titlePatterns: false,
  ...over,
});

describe('with title patterns off', () => {
  test('a title that would be a strong 1:1 no longer counts', () => {
    expect(classify({ ...input(), titlePatterns: true }).personId).toBe(dana.id);
    const verdict = classify(input());
    expect(verdict.personId).toBeNull();
    expect(verdict.reasons).toEqual([TITLES_OFF]);
  });

  test('a guest list of you and your manager still decides', () => {
    const verdict = classify(input({ guests: ['sam@example.com', 'dana@example.com'] }));
    expect(verdict.personId).toBe(dana.id);
  });

  test('a series confirmed by its guest list still counts', () => {
    const verdict = classify(input({ confirmedSeries: new Map([['google:ev', lee.id]]) }));
    expect(verdict.personId).toBe(lee.id);
  });

  test('"never" still wins, and "always" with a chosen person still holds', () => {
    expect(classify(input({ overrides: new Map([['google:ev', { verdict: 'never' }]]) })).personId).toBeNull();
    const always = input({ overrides: new Map([['google:ev', { verdict: 'always', personId: lee.id }]]) });
    expect(classify(always).personId).toBe(lee.id);
  });

  test('"always" without a chosen person does not fall back to the title', () => {
    const always = input({ overrides: new Map([['google:ev', { verdict: 'always' }]]) });
    expect(classify({ ...always, titlePatterns: true }).personId).toBe(dana.id);
    // Three upward people and no title evidence: the user must choose.
    expect(classify(always).personId).toBeNull();
    expect(classify({ ...always, people: [dana] }).personId).toBe(dana.id);
  });

  test('an absent setting means on (older callers keep their behaviour)', () => {
    const { titlePatterns: _off, ...rest } = input();
    expect(classify(rest).personId).toBe(dana.id);
  });
});
