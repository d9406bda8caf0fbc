import type { BackgroundMessage, PrepFrameMessage } from '../messages';

/** What the browser says about a message's sender (the part we check). */
export interface MessageSender {
  id?: string;
  url?: string;
}

/** The tallest card height a frame may ask for; the frame host clamps further to the viewport. */
const MAX_HEIGHT = 100_000;
const MAX_ID_LENGTH = 1024;

/**
 * A `prep/*` message from the prep frame of the card that is open now, or null. The sender
 * must be this extension, at its own `prep.html`, showing the open meeting: a page cannot
 * send runtime messages at all, and a stale frame (an earlier card) cannot close a new one.
 * `prepUrl` is `runtime.getURL('/prep.html')`, whose host may be a per-session id.
 */
export function readPrepFrameMessage(
  raw: unknown,
  sender: MessageSender,
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
  if (typeof raw !== 'object' || raw === null) return null;
  const message = raw as Record<string, unknown>;
  if (message.type === 'prep/close') return { type: 'prep/close' };
  if (message.type === 'prep/resize') {
    const height = message.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return null;
    return { type: 'prep/resize', height };
  }
  return null;
}

/** A background → content message from this extension, or null. */
export function readBackgroundMessage(
  raw: unknown,
  sender: MessageSender,
  extensionId: string,
): BackgroundMessage | null {
  if (sender.id !== extensionId || typeof raw !== 'object' || raw === null) return null;
  const message = raw as Record<string, unknown>;
  if (message.type === 'calendar/recheck') return { type: 'calendar/recheck' };
  if (message.type === 'prep/open') {
    const { eventId } = message;
    if (typeof eventId !== 'string' || eventId.length === 0 || eventId.length > MAX_ID_LENGTH) return null;
    return { type: 'prep/open', eventId };
  }
  return null;
}
