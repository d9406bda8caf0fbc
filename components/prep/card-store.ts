import type { CardStore } from '../../lib/prep/card-store';
import { localCardStore } from '../../lib/prep/local-store';

/**
 * The store the card's components use. Tests keep the direct one (fake IndexedDB);
 * the prep entrypoint switches to the background-backed one before rendering.
 */
let current: CardStore = localCardStore();

export const cardStore: CardStore = {
  call: (name, ...args) => current.call(name, ...args),
  watch: (stores, onChange) => current.watch(stores, onChange),
};

export function setCardStore(store: CardStore): void {
  current = store;
}
