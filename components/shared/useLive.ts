import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { watchChanges } from '../../lib/db';
import type { StoreName } from '../../lib/db/schema';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

export interface LiveOptions<T> {
  /** Re-read when these change (default []). */
  deps?: unknown[];
  /** A read already under way (started by the entry script before the first render). */
  first?: Promise<T>;
  /** Where change notices come from; the store's own feed unless the page reaches it another way (the card). */
  watch?: (stores: readonly StoreName[], onChange: () => void) => () => void;
}

export type LiveRead<T> = Live<T> & {
  /** Resolves once a read started after this call has landed: what the page shows is then at least this fresh. */
  refresh: () => Promise<void>;
};

/**
 * Reads `load()` now and again whenever any open extension page writes one of
 * `stores`, so an edit in the popup shows in the options page without a reload.
 *
 * One read at a time: changes that arrive while a read runs (a burst of keystrokes,
 * three quick notes filed in a row) cause exactly one more read after it. So reads land
 * in the order they started, and an older snapshot can never replace a newer one, however
 * the store schedules them on a busy machine. Subscribes in a layout effect, so a read that
 * has already finished shows in the first frame.
 */
export function useLive<T>(
  load: () => Promise<T>,
  stores: readonly StoreName[],
  options: LiveOptions<T> = {},
): LiveRead<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  const refreshRef = useRef<() => Promise<void>>(() => Promise.resolve());
  useLayoutEffect(() => {
    const live = startLiveRead({
      load,
      first: options.first,
      show: setState,
      watch: (onChange) => (options.watch ?? watchChanges)(stores, onChange),
    });
    refreshRef.current = live.refresh;
    return live.stop;
  }, options.deps ?? []);
  return { ...state, refresh: () => refreshRef.current() } as LiveRead<T>;
}

export interface LiveReadOptions<T> {
  load: () => Promise<T>;
  /** A read already under way (started before the page drew): shown first, instead of a new one. */
  first?: Promise<T>;
  show(result: Live<T>): void;
  /** Calls `onChange` whenever the data may have changed; returns a stop function. */
  watch(onChange: () => void): () => void;
}

/**
 * The loop behind useLive, for code outside components (the page's appearance): reads now and
 * on every change, one read at a time, so an older read never lands after a newer one.
 * `refresh()` resolves once a read started after the call has landed.
 */
export function startLiveRead<T>({ load, first: firstRead, show, watch }: LiveReadOptions<T>) {
  let current = true;
  let running: Promise<void> | null = null;
  let again = false;
  /** Waiters for "a read that started after I asked has landed". */
  let waiting: Array<() => void> = [];
  let first = firstRead;
  const land = (read: Promise<T>) =>
    read.then(
      (value) => current && show({ status: 'ready', value }),
      (error: unknown) => current && show({ status: 'error', error: String(error) }),
    );
  const loop = async () => {
    do {
      again = false;
      const satisfied = waiting;
      waiting = [];
      const read = first ?? load();
      first = undefined;
      await land(read);
      for (const done of satisfied) done();
    } while (again && current);
    running = null;
    // Anyone who asked after the last read started and was not covered by it gets one more.
    if (waiting.length && current) refresh();
    else for (const done of waiting.splice(0)) done();
  };
  const refresh = (): Promise<void> => {
    const landed = new Promise<void>((done) => waiting.push(done));
    if (running) again = true;
    else running = loop();
    return landed;
  };
  void refresh();
  const stopWatching = watch(() => void refresh());
  return {
    refresh,
    stop() {
      current = false;
      stopWatching();
      for (const done of waiting.splice(0)) done();
    },
  };
}
