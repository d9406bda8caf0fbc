import type { browser } from 'wxt/browser';
import type { Result } from '../messages';
import type { CardCallMessage, CardStore, StoreChangedMessage } from './card-store';

type Runtime = Pick<typeof browser.runtime, 'id' | 'sendMessage' | 'onMessage'>;

/**
 * The card's store as the extension runs it: every call goes to the background by
 * extension messaging (which the calendar page cannot see), and change news comes
 * back the same way. See card-calls.ts for why the frame never opens IndexedDB.
 */
export function remoteCardStore(runtime: Runtime): CardStore {
  return {
    async call(name, ...args) {
      const message: CardCallMessage = { type: 'card/call', name, args };
      const answer = (await runtime.sendMessage(message)) as Result<never> | undefined;
      if (!answer) throw new Error('Upward could not reach its store. Reload the page to try again.');
      if (!answer.ok) throw new Error(answer.error);
      return answer.value;
    },
    watch(stores, onChange) {
      const listener = (message: unknown, sender: { id?: string }) => {
        if (sender.id !== runtime.id || !isStoreChanged(message)) return;
        if (stores.includes(message.store)) onChange();
      };
      runtime.onMessage.addListener(listener);
      return () => runtime.onMessage.removeListener(listener);
    },
  };
}

function isStoreChanged(message: unknown): message is StoreChangedMessage {
  const candidate = message as Partial<StoreChangedMessage> | null;
  return candidate?.type === 'store/changed' && typeof candidate.store === 'string';
}
