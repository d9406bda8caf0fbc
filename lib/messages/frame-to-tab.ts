import type { MessageOf, SenderInfo } from './protocol';
import { typed } from './protocol';

/**
 * Prep frame → its own tab's content script (`tabs.sendMessage` with frameId 0, never
 * `window.postMessage`, so the page cannot read or forge them). They carry no user text:
 * "close me", the card's height, and (from a card kept ready) "which meeting?".
 */
export interface FrameToTab {
  'prep/close': { request: Record<never, never>; response: undefined };
  'prep/resize': { request: { height: number }; response: undefined };
  /**
   * A card kept ready asks which meeting to show; the answer comes once the user's pointer or
   * focus reaches a badge (or a card is opened), then again for each new one.
   */
  'prep/next': { request: Record<never, never>; response: { eventId: string } };
}

export type PrepFrameMessage = MessageOf<FrameToTab>;

/** The tallest card height a frame may ask for; the frame host clamps further to the viewport. */
const MAX_HEIGHT = 100_000;

/**
 * A `prep/*` message from one of this tab's prep frames, with the frame's name (`frame` in its
 * URL, given by the frame host), or null. The sender must be this extension, at its own
 * `prep.html`: a page cannot send runtime messages at all. Whether that frame is the open card
 * (a stale one cannot close a new one) is the frame host's to say. `prepUrl` is
 * `runtime.getURL('/prep.html')`, whose host may be a per-session id.
 */
export function readPrepFrameMessage(
  raw: unknown,
  sender: SenderInfo,
  expected: { extensionId: string; prepUrl: string },
): { message: PrepFrameMessage; frame: string } | null {
  if (sender.id !== expected.extensionId || !sender.url) return null;
  let from: URL;
  let prep: URL;
  try {
    from = new URL(sender.url);
    prep = new URL(expected.prepUrl);
  } catch {
    return null;
  }
  if (from.protocol !== prep.protocol || from.pathname !== prep.pathname) return null;
  if (from.host !== prep.host && from.host !== expected.extensionId) return null;
  const frame = from.searchParams.get('frame');
  const message = typed(raw);
  if (!frame || !message) return null;
  if (message.type === 'prep/close' || message.type === 'prep/next') return { message: { type: message.type }, frame };
  if (message.type === 'prep/resize') {
    const height = message.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return null;
    return { message: { type: 'prep/resize', height }, frame };
  }
  return null;
}
