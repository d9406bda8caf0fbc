import type { StoreName } from '../db/schema';
import type { CardCallArgs, CardCallName, CardCallResult } from './card-calls';

/** How the prep card reads and writes: directly (tests, tab) or through the background (always in the extension). */
export interface CardStore {
  call<N extends CardCallName>(name: N, ...args: CardCallArgs<N>): Promise<CardCallResult<N>>;
  /** Calls `onChange` when another page (or the background on the card's behalf) wrote one of `stores`. */
  watch(stores: readonly StoreName[], onChange: () => void): () => void;
}
