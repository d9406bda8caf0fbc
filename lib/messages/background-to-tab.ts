import type { PrepFrameMessage } from './frame-to-tab';
import type { MessageOf, ResponseOf, SenderInfo } from './protocol';
import { isId, typed } from './protocol';

/**
 * Background → the content script of a calendar tab (`tabs.sendMessage`). It carries ids
 * only, never what the user typed. The content script reads each with `readBackgroundMessage`.
 */
export interface BackgroundToTab {
  /** Settings or overrides changed: the page should report its events again. */
  'calendar/recheck': { request: Record<never, never>; response: undefined };
  /**
   * A reminder was clicked: open this meeting's prep card if the page shows it.
   * `shown: false` tells the background to open the prep page in a tab instead.
   */
  'prep/open': { request: { eventId: string }; response: { shown: boolean } };
  /**
   * What the card in frame `frame` (the name the host gave it) asked its host for
   * (frame-to-tab.ts), passed on; the host's answer goes back to the card.
   */
  'prep/host': { request: { frame: string; message: PrepFrameMessage }; response: { eventId?: string } | undefined };
}

export type BackgroundMessage = MessageOf<BackgroundToTab>;
export type BackgroundAnswer<T extends keyof BackgroundToTab> = ResponseOf<BackgroundToTab, T>;

/** A background → content message from this extension, or null. */
export function readBackgroundMessage(raw: unknown, sender: SenderInfo, extensionId: string): BackgroundMessage | null {
  const message = typed(raw);
  if (sender.id !== extensionId || !message) return null;
  if (message.type === 'calendar/recheck') return { type: 'calendar/recheck' };
  if (message.type === 'prep/open') {
    const { eventId } = message;
    return isId(eventId) ? { type: 'prep/open', eventId } : null;
  }
  if (message.type === 'prep/host') {
    // The background checked it came from Upward's prep page in a frame of this tab, and read it
    // field by field (relayCardToHost → readPrepFrameMessage). It is not read again here: that
    // would cost bytes in every calendar tab and check nothing the background did not.
    const { frame } = message;
    // (The page's side acts on the three kinds by name and ignores any other.)
    const request = typed(message.message) as PrepFrameMessage | null;
    return isId(frame) && request ? { type: 'prep/host', frame, message: request } : null;
  }
  return null;
}

/**
 * Sends to one calendar tab. Anything but an answer of the map's shape reads as no answer:
 * the tab may hold no content script (still loading, or an old one after an update).
 */
export async function sendToTab<T extends keyof BackgroundToTab>(
  send: (tabId: number, message: unknown) => Promise<unknown>,
  tabId: number,
  message: MessageOf<BackgroundToTab, T>,
): Promise<Partial<BackgroundAnswer<T>> | undefined> {
  try {
    const answer = await send(tabId, message);
    return typeof answer === 'object' && answer !== null ? (answer as Partial<BackgroundAnswer<T>>) : undefined;
  } catch {
    return undefined;
  }
}
