import type { Browser, browser } from 'wxt/browser';
import { watchChanges } from '../db';
import { STORE_NAMES } from '../db/schema';
import { CARD_CHANGES_PORT, storeChanged } from '../messages/background-to-pages';
import { isPrepPage, receiveCardCall } from '../messages/card-to-background';
import type { SenderInfo } from '../messages/protocol';
import { cardCalls } from '../prep/card-calls';

/** Runs one allowlisted store call for the prep card (lib/messages/card-to-background.ts). */
export const handleCardCall = (raw: unknown, sender: SenderInfo, extensionId: string) =>
  receiveCardCall(raw, sender, extensionId, cardCalls);

/**
 * Passes the store's change feed on to the prep cards, which cannot hear the
 * BroadcastChannel (the frame lives in the calendar's storage partition), on the port each
 * card opens. Only Upward's own prep page may open one; only store names travel.
 */
export function relayStoreChanges(runtime: Pick<typeof browser.runtime, 'id' | 'onConnect'>): () => void {
  const cards = new Set<Browser.runtime.Port>();
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== CARD_CHANGES_PORT) return;
    if (!port.sender || !isPrepPage(port.sender, runtime.id)) {
      port.disconnect();
      return;
    }
    cards.add(port);
    port.onDisconnect.addListener(() => cards.delete(port));
  };
  runtime.onConnect.addListener(onConnect);
  const stopWatching = watchChanges(STORE_NAMES, ({ store }) => {
    for (const card of cards) {
      try {
        card.postMessage(storeChanged(store));
      } catch {
        cards.delete(card); // Its frame is gone.
      }
    }
  });
  return () => {
    stopWatching();
    runtime.onConnect.removeListener(onConnect);
    for (const card of cards) card.disconnect();
    cards.clear();
  };
}
