import { browser } from 'wxt/browser';
import { storeChanged } from '../messages/background-to-pages';
import type { StoreName } from './schema';

/**
 * Change feed between open extension pages (popup, options, history, prep frame,
 * background). IndexedDB itself has no change events, so every repository write
 * announces the store it touched; other pages re-read. Only store names travel,
 * never record contents.
 *
 * Two ways, because no one way reaches everyone:
 * - a BroadcastChannel, which the extension's own pages hear at once;
 * - an extension message (`store/changed`), for the prep card on the calendar (its frame
 *   is in the calendar's storage partition and does not share the channel) and for the
 *   background, whose service worker sleeps after 30 s idle and misses the channel then;
 *   a message wakes it. The writing page sends it itself, so a sleeping background is never
 *   in the way of the news.
 */
const CHANNEL = 'upward:db-changes';

export interface DbChange {
  store: StoreName;
}

let sender: BroadcastChannel | undefined;
/** Watchers in this page, for notices that arrive as extension messages (`hearChange`). */
const local = new Set<(change: DbChange) => void>();

export function announceChange(store: StoreName): void {
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage({ store } satisfies DbChange);
  try {
    browser.runtime.sendMessage(storeChanged(store)).catch(() => {
      // No other extension page is open to hear it.
    });
  } catch {
    // No extension messaging here (a test page): the channel is enough.
  }
}

/** Calls `onChange` for writes made by any page (including this one). Returns an unsubscribe. */
export function watchChanges(stores: readonly StoreName[], onChange: (change: DbChange) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  const hear = (change: DbChange) => {
    if (stores.includes(change?.store)) onChange(change);
  };
  channel.onmessage = (event: MessageEvent<DbChange>) => hear(event.data);
  local.add(hear);
  return () => {
    channel.close();
    local.delete(hear);
  };
}

/** A `store/changed` message reached this page (the background): tell its watchers. */
export function hearChange(store: StoreName): void {
  for (const hear of local) hear({ store });
}

/**
 * Calls `run` once writes to `stores` have paused for `delayMs`: a burst of edits (an import,
 * several quick settings changes) costs one run. Returns an unsubscribe that also drops a
 * pending run.
 */
export function watchChangesSettled(stores: readonly StoreName[], delayMs: number, run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = watchChanges(stores, () => {
    clearTimeout(timer);
    timer = setTimeout(run, delayMs);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
