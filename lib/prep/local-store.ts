import { watchChanges } from '../db';
import { cardCalls } from './card-calls';
import type { CardStore } from './card-store';

/** The card talking to IndexedDB directly: for unit tests (fake IndexedDB) and the background itself. */
export function localCardStore(): CardStore {
  return {
    call(name, ...args) {
      const run = cardCalls[name] as (...values: unknown[]) => Promise<never>;
      return run(...(args as unknown[]));
    },
    watch: (stores, onChange) => watchChanges(stores, onChange),
  };
}
