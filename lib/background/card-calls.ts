import { browser } from 'wxt/browser';
import { watchChanges } from '../db';
import { STORE_NAMES } from '../db/schema';
import { storeChanged } from '../messages/background-to-pages';
import { receiveCardCall } from '../messages/card-to-background';
import type { SenderInfo } from '../messages/protocol';
import { cardCalls } from '../prep/card-calls';

/** Runs one allowlisted store call for the prep card (lib/messages/card-to-background.ts). */
export const handleCardCall = (raw: unknown, sender: SenderInfo, extensionId: string) =>
  receiveCardCall(raw, sender, extensionId, cardCalls);

/**
 * Passes the store's change feed on to extension pages that cannot hear the
 * BroadcastChannel (the prep frame lives in the calendar's storage partition).
 */
export function relayStoreChanges(): () => void {
  return watchChanges(STORE_NAMES, ({ store }) => {
    browser.runtime.sendMessage(storeChanged(store)).catch(() => {
      // No extension page is open to hear it.
    });
  });
}
