import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CardStore } from '../../lib/prep/card-store';

/**
 * The store the card's components use, provided by whoever renders the card: the prep
 * entrypoint gives the background-backed one (the card never opens IndexedDB itself, see
 * lib/prep/card-calls.ts), tests give the direct one over fake IndexedDB. There is no default:
 * a card rendered without a store fails at once instead of quietly opening the calendar
 * site's storage.
 */
const CardStoreContext = createContext<CardStore | null>(null);

export const CardStoreProvider = CardStoreContext.Provider;

export function useCardStore(): CardStore {
  const store = useContext(CardStoreContext);
  if (!store) throw new Error('The prep card was rendered without a CardStoreProvider.');
  return store;
}
