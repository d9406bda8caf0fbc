import type { browser } from 'wxt/browser';
import { readStoreChanged } from '../messages/background-to-pages';
import { callBackground } from '../messages/card-to-background';
import type { CardStore } from './card-store';

type Runtime = Pick<typeof browser.runtime, 'id' | 'sendMessage' | 'onMessage'>;

/**
 * The card's store as the extension runs it: every call goes to the background by
 * extension messaging (which the calendar page cannot see), and change news comes
 * back the same way. See card-calls.ts for why the frame never opens IndexedDB.
 */
export function remoteCardStore(runtime: Runtime): CardStore {
  return {
    call: (name, ...args) => callBackground((message) => runtime.sendMessage(message), name, args),
    watch(stores, onChange) {
      const listener = (message: unknown, sender: { id?: string }) => {
        const store = readStoreChanged(message, sender, runtime.id);
        if (store && stores.includes(store)) onChange();
      };
      runtime.onMessage.addListener(listener);
      return () => runtime.onMessage.removeListener(listener);
    },
  };
}
