import type { MessageOf } from './protocol';
import { isId, typed } from './protocol';

/**
 * Prep frame → its own tab's content script, through the background: the card sends
 * `card/to-host` (card-to-background.ts), the background passes it on as `prep/host`
 * (background-to-tab.ts) naming the sending card's frame (`frame` in its URL, a name the host gave
 * it). Never `window.postMessage`, so the page cannot read or forge them; and the frame cannot
 * message its tab itself, since Firefox gives an extension frame inside a web page no `tabs` API.
 * They carry no user text: "close me", the card's height (and which meeting it measured), and
 * (from a card kept ready) "which meeting?".
 */
export interface FrameToTab {
  'prep/close': { request: Record<never, never>; response: undefined };
  /** The card's height; with `shows`, the meeting it has drawn (none while it loads). */
  'prep/resize': { request: { height: number; shows?: string }; response: undefined };
  /**
   * A card kept ready asks which meeting to show, saying which it shows (if any). The host
   * answers once it is to show another (the user's pointer or focus reached a badge, or a card is
   * opened), or with none after a while (ask again): no request is held long on its way through
   * the background.
   */
  'prep/next': { request: { shows?: string }; response: { eventId?: string } };
}

export type PrepFrameMessage = MessageOf<FrameToTab>;

/** The tallest card height a frame may ask for; the frame host clamps further to the viewport. */
const MAX_HEIGHT = 100_000;

/** What a prep card may ask its host for ("close me", a height, which meeting), or null. Extra fields are dropped. */
export function readPrepFrameMessage(raw: unknown): PrepFrameMessage | null {
  const { type, shows, height }: Record<string, unknown> = typed(raw) ?? {};
  if (type === 'prep/close') return { type };
  // A meeting that is no id is no meeting.
  const meeting = isId(shows) ? { shows } : {};
  if (type === 'prep/next') return { type, ...meeting };
  // (NaN and infinities fail the range too.)
  return type === 'prep/resize' && typeof height === 'number' && height > 0 && height <= MAX_HEIGHT
    ? { type, height, ...meeting }
    : null;
}
