import type { MessageOf } from './protocol';
import { typed } from './protocol';

/**
 * Prep frame → its own tab's content script, through the background: the card sends
 * `card/to-host` (card-to-background.ts), the background passes it on as `prep/host`
 * (background-to-tab.ts) naming the meeting the sending card shows. Never
 * `window.postMessage`, so the page cannot read or forge them; and the frame cannot message
 * its tab itself, since Firefox gives an extension frame inside a web page no `tabs` API.
 * They carry no user text: only "close me" and the card's height.
 */
export interface FrameToTab {
  'prep/close': { request: Record<never, never>; response: undefined };
  'prep/resize': { request: { height: number }; response: undefined };
}

export type PrepFrameMessage = MessageOf<FrameToTab>;

/** The tallest card height a frame may ask for; the frame host clamps further to the viewport. */
const MAX_HEIGHT = 100_000;

/** What a prep card may ask its host for ("close me", a height), or null. Extra fields are dropped. */
export function readPrepFrameMessage(raw: unknown): PrepFrameMessage | null {
  const message = typed(raw);
  if (message?.type === 'prep/close') return { type: 'prep/close' };
  if (message?.type === 'prep/resize') {
    const height = message.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return null;
    return { type: 'prep/resize', height };
  }
  return null;
}
