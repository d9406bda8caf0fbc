import type { StoreName } from './schema';

/**
 * Change feed between open extension pages (popup, options, prep frame,
 * background). IndexedDB itself has no change events, so every repository write
 * announces the store it touched on a BroadcastChannel; other pages re-read.
 * Only store names travel, never record contents.
 */
const CHANNEL = 'upward:db-changes';

export interface DbChange {
  store: StoreName;
}

let sender: BroadcastChannel | undefined;

export function announceChange(store: StoreName): void {
  sender ??= new BroadcastChannel(CHANNEL);
  sender.postMessage({ store } satisfies DbChange);
}

/** Calls `onChange` for writes made by any page (including this one). Returns an unsubscribe. */
export function watchChanges(stores: readonly StoreName[], onChange: (change: DbChange) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<DbChange>) => {
    if (stores.includes(event.data?.store)) onChange(event.data);
  };
  return () => channel.close();
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
