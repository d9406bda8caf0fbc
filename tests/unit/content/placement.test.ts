import { describe, expect, test } from 'vitest';
import { CARD_WIDTH, EDGE, GAP, MIN_HEIGHT, placeCard, SHORT_WINDOW } from '../../../lib/content/placement';

const viewport = { width: 1280, height: 800 };
const box = (left: number, top: number, width = 150, height = 40) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe('placeCard', () => {
  test.each([
    ['room on the right: right of the event', box(300, 200), 'right', 300 + 150 + GAP],
    ['no room on the right: left of the event', box(1000, 200), 'left', 1000 - GAP - CARD_WIDTH],
    [
      'no room either side: docked at the right edge',
      { left: 200, top: 200, right: 1100, bottom: 240 },
      'docked',
      1280 - CARD_WIDTH - EDGE,
    ],
    ['event scrolled out of view: docked', box(300, -500), 'docked', 1280 - CARD_WIDTH - EDGE],
    ['no event on the page: docked', null, 'docked', 1280 - CARD_WIDTH - EDGE],
  ] as const)('%s', (_, anchor, side, left) => {
    const spot = placeCard(anchor, viewport, 400);
    expect(spot.side).toBe(side);
    expect(spot.left).toBe(left);
    expect(spot.width).toBe(CARD_WIDTH);
  });

  test('follows the event top, but never runs past the bottom of the viewport', () => {
    expect(placeCard(box(300, 100), viewport, 400).top).toBe(100);
    expect(placeCard(box(300, 700), viewport, 400).top).toBe(800 - 400 - EDGE);
    expect(placeCard(box(300, -10, 150, 60), viewport, 400).top).toBe(EDGE);
  });

  test('height: what the card asks for, at most 80% of the viewport, at least a usable minimum', () => {
    expect(placeCard(null, viewport, 10_000).height).toBe(640);
    expect(placeCard(null, viewport, 20).height).toBe(MIN_HEIGHT);
    expect(placeCard(null, viewport, 300).height).toBe(300);
  });

  test('a narrow viewport (200% zoom on a small window) gets a card that fits inside it', () => {
    const spot = placeCard(box(10, 100), { width: 300, height: 400 }, 500);
    expect(spot.side).toBe('docked');
    expect(spot.left).toBe(EDGE);
    expect(spot.width).toBe(300 - 2 * EDGE);
    expect(spot.top + spot.height).toBeLessThanOrEqual(400 - EDGE);
  });

  test.each([
    ['200% zoom on a 1280×800 screen', { width: 640, height: 400 }],
    ['a short window', { width: 1280, height: 560 }],
  ])('%s: docked at the edge, full height, whatever the card asked for', (_, small) => {
    for (const wanted of [200, 5000]) {
      const spot = placeCard(box(100, 100), small, wanted);
      expect(spot).toMatchObject({ side: 'docked', top: EDGE, height: small.height - 2 * EDGE });
      expect(spot.left + spot.width).toBe(small.width - EDGE);
    }
  });

  test(`from ${SHORT_WINDOW} px tall, the card sits beside its event again`, () => {
    expect(placeCard(box(100, 100), { width: 1280, height: SHORT_WINDOW }, 300).side).toBe('right');
  });
});
