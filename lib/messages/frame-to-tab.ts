import type { MessageOf, SenderInfo } from './protocol';
import { typed } from './protocol';

/**
 * Prep frame → its own tab's content script (`tabs.sendMessage` with frameId 0, never
 * `window.postMessage`, so the page cannot read or forge them). They carry no user text:
 * only "close me" and the card's height.
 */
export interface FrameToTab {
  'prep/close': { request: Record<never, never>; response: undefined };
  'prep/resize': { request: { height: number }; response: undefined };
}

export type PrepFrameMessage = MessageOf<FrameToTab>;

/** The tallest card height a frame may ask for; the frame host clamps further to the viewport. */
const MAX_HEIGHT = 100_000;

/**
 * A `prep/*` message from the prep frame of the card that is open now, or null. The sender
 * must be this extension, at its own `prep.html`, showing the open meeting: a page cannot
 * send runtime messages at all, and a stale frame (an earlier card) cannot close a new one.
 * `prepUrl` is `runtime.getURL('/prep.html')`, whose host may be a per-session id.
 */
export function readPrepFrameMessage(
  raw: unknown,
  sender: SenderInfo,
  expected: { extensionId: string; prepUrl: string; meetingId: string | null },
): PrepFrameMessage | null {
  if (!expected.meetingId || sender.id !== expected.extensionId || !sender.url) return null;
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
  if (from.searchParams.get('meeting') !== expected.meetingId) return null;
  const message = typed(raw);
  if (message?.type === 'prep/close') return { type: 'prep/close' };
  if (message?.type === 'prep/resize') {
    const height = message.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return null;
    return { type: 'prep/resize', height };
  }
  return null;
}
