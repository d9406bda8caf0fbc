import type { BackgroundMessage, PrepFrameMessage } from '../messages';

/** What the browser says about a message's sender (the part we check). */
export interface MessageSender {
  id?: string;
  url?: string;
}

/** The tallest card height a frame may ask for; the frame host clamps further to the viewport. */
const MAX_HEIGHT = 100_000;
const MAX_ID_LENGTH = 1024;

/** What a prep card may ask its host for ("close me", a height), or null. Carries no user text. */
export function readPrepFrameMessage(raw: unknown): PrepFrameMessage | null {
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

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

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
    return isId(eventId) ? { type: 'prep/open', eventId } : null;
  }
  if (message.type === 'prep/host') {
    // The background checked it came from Upward's prep page showing `meetingId`.
    const { meetingId } = message;
    const request = readPrepFrameMessage(message.message);
    return isId(meetingId) && request ? { type: 'prep/host', meetingId, message: request } : null;
  }
  return null;
}
