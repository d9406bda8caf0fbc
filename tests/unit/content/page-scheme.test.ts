// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { schemeOfColor } from '../../../lib/content/page-scheme';

describe('schemeOfColor', () => {
  test.each([
    ['rgb(255, 255, 255)', 'light'],
    ['rgb(19, 19, 20)', 'dark'],
    ['rgb(32, 33, 36)', 'dark'],
    ['rgb(241, 243, 244)', 'light'],
    ['rgba(0, 0, 0, 0)', null],
    ['rgba(255, 255, 255, 0.2)', null],
    ['rgb(27 31 39 / 100%)', 'dark'],
    ['transparent', null],
    ['', null],
  ])('%s → %s', (color, scheme) => {
    expect(schemeOfColor(color)).toBe(scheme);
  });
});
