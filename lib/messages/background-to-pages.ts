import { STORE_NAMES, type StoreName } from '../db/schema';
import type { MessageOf } from './protocol';
import { typed } from './protocol';

/**
 * Background → prep card: a store changed. Pages in the extension's own origin hear the
 * store's BroadcastChannel; the prep frame, in the calendar's storage partition, cannot, so the
 * background passes the news on, on a port the card opens (`CARD_CHANGES_PORT`). Not a runtime
 * broadcast: Firefox delivers none to an extension frame inside a web page.
 */
export interface BackgroundToPages {
  'store/changed': { request: { store: StoreName }; response: undefined };
}

export type StoreChangedMessage = MessageOf<BackgroundToPages, 'store/changed'>;

/** The name of the port a prep card opens to the background to hear store changes. */
export const CARD_CHANGES_PORT = 'card/changes';

export const storeChanged = (store: StoreName): StoreChangedMessage => ({ type: 'store/changed', store });

/** The store named by a `store/changed` message (on the card's own port to the background), or null. */
export function readStoreChanged(raw: unknown): StoreName | null {
  const message = typed(raw);
  if (message?.type !== 'store/changed') return null;
  return STORE_NAMES.find((name) => name === message.store) ?? null;
}
