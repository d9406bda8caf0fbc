import { people } from '../../lib/db';
import { type RecentItem, recentItems } from '../../lib/db/recent';
import type { Person } from '../../lib/model';

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
