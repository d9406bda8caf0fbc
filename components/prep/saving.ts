import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { createSaveTracker, type SaveState, type SaveTracker } from '../../lib/prep/saving';

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
