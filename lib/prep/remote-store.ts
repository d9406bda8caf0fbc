import type { Browser, browser } from 'wxt/browser';
import type { StoreName } from '../db/schema';
import { CARD_CHANGES_PORT, readStoreChanged, storeNamedIn } from '../messages/background-to-pages';
import { callBackground } from '../messages/card-to-background';
import type { CardStore } from './card-store';

type Runtime = Pick<typeof browser.runtime, 'id' | 'sendMessage' | 'connect' | 'onMessage'>;

interface Watcher {
  stores: readonly StoreName[];
  onChange: () => void;
}

/**
 * The card's store as the extension runs it: every call goes to the background by
 * extension messaging (which the calendar page cannot see). Change news comes two ways: on a
 * port to the background (Firefox delivers no runtime broadcast to an extension frame in a
 * web page), and as the writer's own `store/changed` message (Chromium delivers it to the
 * frame even while the background sleeps and the port is down). A change heard both ways
 * costs one extra read. See card-calls.ts for why the frame never opens IndexedDB.
 */
export function remoteCardStore(runtime: Runtime): CardStore {
  const watchers = new Set<Watcher>();
  let port: Browser.runtime.Port | undefined;
  let dropped = false;

  const tell = (store?: StoreName) => {
    for (const watcher of [...watchers]) if (!store || watcher.stores.includes(store)) watcher.onChange();
  };
  const hearWriter = (message: unknown, sender: { id?: string }) => {
    const store = readStoreChanged(message, sender, runtime.id);
    if (store) tell(store);
  };

  /**
   * Opens the feed while anyone listens. A sleeping background drops it; it is opened again
   * with the card's next call (which wakes the background anyway), and everyone re-reads
   * once, since changes made meanwhile were not heard.
   */
  const listen = () => {
    if (port || watchers.size === 0) return;
    try {
      port = runtime.connect({ name: CARD_CHANGES_PORT });
    } catch {
      return; // The extension was updated or removed: this card is over.
    }
    port.onMessage.addListener((message: unknown) => {
      const store = storeNamedIn(message);
      if (store) tell(store);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      dropped = true;
    });
    if (dropped) {
      dropped = false;
      tell();
    }
  };

  return {
    call(name, ...args) {
      listen();
      return callBackground((message) => runtime.sendMessage(message), name, args);
    },
    watch(stores, onChange) {
      const watcher = { stores, onChange };
      watchers.add(watcher);
      if (watchers.size === 1) runtime.onMessage.addListener(hearWriter);
      listen();
      return () => {
        watchers.delete(watcher);
        if (watchers.size > 0) return;
        runtime.onMessage.removeListener(hearWriter);
        port?.disconnect();
        port = undefined;
      };
    },
  };
}
