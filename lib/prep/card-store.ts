import type { StoreName } from '../db/schema';
import type { PrepFrameMessage } from '../messages';
import type { CardCallArgs, CardCallName, CardCallResult } from './card-calls';

/** How the prep card reads and writes: directly (tests, tab) or through the background (always in the extension). */
export interface CardStore {
  call<N extends CardCallName>(name: N, ...args: CardCallArgs<N>): Promise<CardCallResult<N>>;
  /** Calls `onChange` when another page (or the background on the card's behalf) wrote one of `stores`. */
  watch(stores: readonly StoreName[], onChange: () => void): () => void;
}

/** Prep frame -> background. Only extension pages can send it; the background also checks it is prep.html. */
export interface CardCallMessage {
  type: 'card/call';
  name: CardCallName;
  args: unknown[];
}

/** Prep frame -> background: pass this on to the calendar page hosting me (see PrepFrameMessage). */
export interface CardToHostMessage {
  type: 'card/to-host';
  message: PrepFrameMessage;
}

/**
 * The card's change feed: a port the card opens to the background. Not a runtime broadcast:
 * Firefox delivers none to an extension frame inside a web page, so the card went stale
 * there after its own writes.
 */
export const CARD_CHANGES_PORT = 'card/changes';

/** Background -> prep card, on its port: a store changed (the frame cannot hear the BroadcastChannel feed). */
export interface StoreChangedMessage {
  type: 'store/changed';
  store: StoreName;
}
