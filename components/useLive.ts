import { useEffect, useState } from 'preact/hooks';
import { watchChanges } from '../lib/db';
import type { StoreName } from '../lib/db/schema';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

/**
 * Reads `load()` now and again whenever any open extension page writes one of
 * `stores`, so an edit in the popup shows in the options page without a reload.
 */
export function useLive<T>(load: () => Promise<T>, stores: readonly StoreName[], deps: unknown[] = []): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    const refresh = () =>
      load().then(
        (value) => current && setState({ status: 'ready', value }),
        (error: unknown) => current && setState({ status: 'error', error: String(error) }),
      );
    void refresh();
    const stop = watchChanges(stores, () => void refresh());
    return () => {
      current = false;
      stop();
    };
  }, deps);
  return state;
}
