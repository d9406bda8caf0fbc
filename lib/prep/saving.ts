/**
 * Saving as you type. Every input event asks to write its field's latest value at
 * once (no debounce: closing the card mid-word must lose nothing). While a write
 * for a field is in flight, later values for that field wait; only the newest one
 * is written when it finishes, so a burst of keystrokes costs at most two writes
 * in a row and the last value always wins.
 */

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'error'; error: string };

type Write = () => Promise<unknown>;

interface Field {
  running: Promise<void>;
  next?: { write: Write; done: Array<() => void> };
}

export interface SaveTracker {
  /** Writes now, or after the field's in-flight write (replacing any value already waiting). */
  save(field: string, write: Write): Promise<void>;
  /** Resolves when every field's latest value is written (or has failed). */
  flush(): Promise<void>;
  readonly state: SaveState;
  /** Called whenever the state changes; returns an unsubscribe. */
  subscribe(listener: (state: SaveState) => void): () => void;
}

export function createSaveTracker(): SaveTracker {
  const fields = new Map<string, Field>();
  const listeners = new Set<(state: SaveState) => void>();
  let state: SaveState = { kind: 'idle' };
  let lastError: string | undefined;

  const setState = (next: SaveState) => {
    if (next.kind === state.kind && (next.kind !== 'error' || (state.kind === 'error' && state.error === next.error)))
      return;
    state = next;
    for (const listener of listeners) listener(state);
  };

  const settle = () => {
    if (fields.size > 0) return;
    setState(lastError ? { kind: 'error', error: lastError } : { kind: 'saved' });
  };

  const run = (name: string, write: Write, done: Array<() => void>): Promise<void> => {
    const running = (async () => {
      try {
        await write();
        lastError = undefined;
      } catch (cause) {
        // The field keeps the user's text on screen; the next keystroke tries again.
        lastError = cause instanceof Error ? cause.message : String(cause);
      }
      for (const resolve of done) resolve();
      const field = fields.get(name);
      const queued = field?.next;
      if (field && queued) {
        field.next = undefined;
        field.running = run(name, queued.write, queued.done);
      } else {
        fields.delete(name);
        settle();
      }
    })();
    return running;
  };

  return {
    save(name, write) {
      return new Promise<void>((resolve) => {
        setState({ kind: 'saving' });
        const field = fields.get(name);
        if (!field) {
          const entry: Field = { running: Promise.resolve() };
          fields.set(name, entry);
          entry.running = run(name, write, [resolve]);
          return;
        }
        // Values replaced before they were written are settled by the newer write.
        const waiting = field.next?.done ?? [];
        field.next = { write, done: [...waiting, resolve] };
      });
    },
    async flush() {
      while (fields.size > 0) await Promise.all([...fields.values()].map((field) => field.running));
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
