import { useLayoutEffect, useState } from 'preact/hooks';
import { people, watchChanges } from '../../lib/db';
import { type RecentItem, recentItems } from '../../lib/db/recent';
import type { StoreName } from '../../lib/db/schema';
import type { Person } from '../../lib/model';
import type { Live } from '../useLive';

/** How many recent items the popup lists. */
export const RECENT_LIMIT = 8;

/**
 * The reads the popup shows first, started by its entry script before the first render, so
 * the store opens while the page draws instead of after.
 */
export interface EarlyReads {
  recent: Promise<RecentItem[]>;
  people: Promise<Person[]>;
}

export function startEarlyReads(): EarlyReads {
  const reads = { recent: recentItems(RECENT_LIMIT), people: people.sorted() };
  // A failed early read is shown by the component that uses it; never an unhandled rejection.
  reads.recent.catch(() => {});
  reads.people.catch(() => {});
  return reads;
}

/**
 * Like useLive, with two differences for the popup's first moments: it uses `first` (a read
 * already under way) for the first load, and subscribes in a layout effect, so a read that has
 * finished shows in the same frame rather than one frame later. Later changes re-read with `load`.
 */
export function useLiveFromEarly<T>(
  first: Promise<T> | undefined,
  load: () => Promise<T>,
  stores: readonly StoreName[],
): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  useLayoutEffect(() => {
    let current = true;
    const show = (read: Promise<T>) =>
      read.then(
        (value) => current && setState({ status: 'ready', value }),
        (error: unknown) => current && setState({ status: 'error', error: String(error) }),
      );
    void show(first ?? load());
    const stop = watchChanges(stores, () => void show(load()));
    return () => {
      current = false;
      stop();
    };
  }, []);
  return state;
}
