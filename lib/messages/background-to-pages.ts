import { STORE_NAMES, type StoreName } from '../db/schema';
import type { MessageOf, SenderInfo } from './protocol';
import { typed } from './protocol';

/**
 * Any extension context → the others (`runtime.sendMessage`): a store changed. Pages in the
 * extension's own origin hear the store's BroadcastChannel; the prep frame, in the calendar's
 * storage partition, cannot, and a sleeping background misses it, so whoever writes sends
 * this too (lib/db/changes.ts).
 */
export interface BackgroundToPages {
  'store/changed': { request: { store: StoreName }; response: undefined };
}

export type StoreChangedMessage = MessageOf<BackgroundToPages, 'store/changed'>;

export const storeChanged = (store: StoreName): StoreChangedMessage => ({ type: 'store/changed', store });

/** The store named by a `store/changed` message from this extension, or null. */
export function readStoreChanged(raw: unknown, sender: SenderInfo, extensionId: string): StoreName | null {
  const message = typed(raw);
  if (sender.id !== extensionId || message?.type !== 'store/changed') return null;
  return STORE_NAMES.find((name) => name === message.store) ?? null;
}
