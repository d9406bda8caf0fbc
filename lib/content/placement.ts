/** Where the prep card goes: pure geometry, so every case is a unit test. */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Beside the event, or docked at the right edge when there is no room (or no event in view). */
  side: 'right' | 'left' | 'docked';
}

export const CARD_WIDTH = 380;
/** Space kept between the card and the viewport's edges, and between the card and its event. */
export const EDGE = 8;
export const GAP = 8;
export const MIN_HEIGHT = 160;
/** The card never covers more than this share of the viewport's height; it scrolls inside. */
export const MAX_HEIGHT_SHARE = 0.8;
/**
 * A window shorter than this (a laptop's browser at 200% zoom is about 400 CSS px tall) gets the
 * card docked at the edge at full height, where the brief has the most room.
 */
export const SHORT_WINDOW = 600;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/**
 * Right of the event if it fits, else left of it, else docked at the right edge. The card's
 * top follows the event's top, clamped so the whole card stays in the viewport. In a short
 * window (or at 200% zoom) it docks at the edge, full height.
 */
export function placeCard(
  anchor: Box | null,
  viewport: { width: number; height: number },
  wantedHeight: number,
): Placement {
  const width = Math.max(0, Math.min(CARD_WIDTH, viewport.width - 2 * EDGE));
  if (viewport.height < SHORT_WINDOW) {
    const left = Math.max(EDGE, viewport.width - width - EDGE);
    return { left, top: EDGE, width, height: Math.max(0, viewport.height - 2 * EDGE), side: 'docked' };
  }
  const maxHeight = Math.max(0, Math.floor(Math.min(viewport.height * MAX_HEIGHT_SHARE, viewport.height - 2 * EDGE)));
  const height = Math.round(clamp(wantedHeight, Math.min(MIN_HEIGHT, maxHeight), maxHeight));
  const inView =
    anchor !== null &&
    anchor.bottom > 0 &&
    anchor.top < viewport.height &&
    anchor.right > 0 &&
    anchor.left < viewport.width;
  const topFor = (top: number) => Math.round(clamp(top, EDGE, Math.max(EDGE, viewport.height - height - EDGE)));
  if (anchor && inView) {
    if (anchor.right + GAP + width <= viewport.width - EDGE) {
      return { left: Math.round(anchor.right + GAP), top: topFor(anchor.top), width, height, side: 'right' };
    }
    if (anchor.left - GAP - width >= EDGE) {
      return { left: Math.round(anchor.left - GAP - width), top: topFor(anchor.top), width, height, side: 'left' };
    }
  }
  const left = Math.max(EDGE, viewport.width - width - EDGE);
  return { left, top: topFor(anchor && inView ? anchor.top : EDGE), width, height, side: 'docked' };
}
