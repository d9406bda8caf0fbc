/**
 * Saving as you type. Every input event writes its field's value at once: no debounce, and no
 * queue in the card. A value waiting in the card for an earlier write to finish is lost when
 * the card goes away (its badge, another badge, Esc on the page, the tab closing) while the
 * background is slow or still waking; a value handed to the background is written even if the
 * card is gone by then. Writes reach the store in the order they were made (one extension
 * message channel, one transaction each, opened in arrival order), so the last value wins.
 */

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: string };

type Write = () => Promise<unknown>;

interface Field {
  /** Sequence number of the newest value asked for: only its outcome counts for the state. */
  latest: number;
  /** Writes of this field still under way. */
  running: Set<Promise<unknown>>;
  /** The newest value's write failed (kept until a newer one succeeds). */
  error?: string;
}

export interface SaveTracker {
  /** Writes now. Resolves true once this value is written, false when its write failed. */
  save(field: string, write: Write): Promise<boolean>;
  /** Resolves when every write asked for so far has finished (or failed). */
  flush(): Promise<void>;
  readonly state: SaveState;
  /** Called whenever the state changes; returns an unsubscribe. */
  subscribe(listener: (state: SaveState) => void): () => void;
}

export function createSaveTracker(): SaveTracker {
  const fields = new Map<string, Field>();
  const listeners = new Set<(state: SaveState) => void>();
  let state: SaveState = { kind: 'idle' };
  let sequence = 0;

  const setState = (next: SaveState) => {
    if (next.kind === state.kind && (next.kind !== 'error' || (state.kind === 'error' && state.error === next.error)))
      return;
    state = next;
    for (const listener of listeners) listener(state);
  };

  const settle = () => {
    let error: string | undefined;
    for (const field of fields.values()) {
      if (field.running.size > 0) return;
      error ??= field.error;
    }
    setState(error ? { kind: 'error', error } : { kind: 'saved' });
  };

  return {
    save(name, write) {
      const field = fields.get(name) ?? { latest: 0, running: new Set<Promise<unknown>>() };
      fields.set(name, field);
      const mine = ++sequence;
      field.latest = mine;
      setState({ kind: 'saving' });
      // Started here, in the input event itself: the message leaves before anything can close the card.
      let started: Promise<unknown>;
      try {
        started = Promise.resolve(write());
      } catch (cause) {
        started = Promise.reject(cause);
      }
      const done = started.then(
        () => {
          if (mine === field.latest) field.error = undefined;
          return true;
        },
        (cause: unknown) => {
          // The field keeps the user's text on screen; the next keystroke tries again.
          if (mine === field.latest) field.error = cause instanceof Error ? cause.message : String(cause);
          return false;
        },
      );
      field.running.add(done);
      return done.then((saved) => {
        field.running.delete(done);
        settle();
        return saved;
      });
    },
    async flush() {
      for (;;) {
        const running = [...fields.values()].flatMap((field) => [...field.running]);
        if (!running.length) return;
        await Promise.all(running);
      }
    },
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
