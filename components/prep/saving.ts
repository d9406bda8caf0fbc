import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { CardStore } from '../../lib/prep/card-store';
import { type NoteSeal, noteSeal } from '../../lib/prep/note-seal';
import { createSaveTracker, type SaveState, type SaveTracker } from '../../lib/prep/saving';
import { useCardStore } from './card-store';

/** One save tracker per card: every field writes through it, the header shows its state. */
export const SaveContext = createContext<SaveTracker>(createSaveTracker());

export function useSaver(): SaveTracker {
  return useContext(SaveContext);
}

export function useSaveState(tracker: SaveTracker): SaveState {
  const [state, setState] = useState(tracker.state);
  useEffect(() => tracker.subscribe(setState), [tracker]);
  return state;
}

const seals = new WeakMap<CardStore, Promise<NoteSeal | null>>();

/**
 * The seal for the card's notes of what is being typed (lib/prep/unsaved.ts), asked of the
 * background once per store. Null if it cannot be had: the writes still go ahead, unnoted.
 */
export function useNoteSeal(): Promise<NoteSeal | null> {
  const store = useCardStore();
  let seal = seals.get(store);
  if (!seal) {
    seal = store.call('unsaved.key').then(noteSeal, () => null);
    seals.set(store, seal);
  }
  return seal;
}
