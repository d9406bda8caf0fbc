import { STORE_NAMES, type StoreName } from '../db/schema';
import type { MessageOf, SenderInfo } from './protocol';
import { typed } from './protocol';

/**
 * A store changed (`runtime.sendMessage` from whoever wrote, and the background's port to each
 * prep card). Pages in the extension's own origin hear the store's BroadcastChannel; a
 * sleeping background misses it, so the writer also sends this message, which wakes it
 * (lib/db/changes.ts). The prep frame, in the calendar's storage partition, hears neither the
 * channel nor (in Firefox) a runtime broadcast, so the background passes the news on, on a
 * port the card opens (`CARD_CHANGES_PORT`).
 */
export interface BackgroundToPages {
  'store/changed': { request: { store: StoreName }; response: undefined };
}

export type StoreChangedMessage = MessageOf<BackgroundToPages, 'store/changed'>;

/** The name of the port a prep card opens to the background to hear store changes. */
export const CARD_CHANGES_PORT = 'card/changes';

export const storeChanged = (store: StoreName): StoreChangedMessage => ({ type: 'store/changed', store });

/** The store named by a `store/changed` message, or null (the card's port: only the background speaks on it). */
export function storeNamedIn(raw: unknown): StoreName | null {
  const message = typed(raw);
  if (message?.type !== 'store/changed') return null;
  return STORE_NAMES.find((name) => name === message.store) ?? null;
}

/** The store named by a `store/changed` runtime message from this extension, or null. */
export function readStoreChanged(raw: unknown, sender: SenderInfo, extensionId: string): StoreName | null {
  return sender.id === extensionId ? storeNamedIn(raw) : null;
}
