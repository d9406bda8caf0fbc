import { browser } from 'wxt/browser';
import { localDay } from '../when';

/**
 * How much a calendar page may make Upward record. A page is untrusted: it can put copies of a
 * real 1:1's chip on the page under new ids, as many as it likes, and each copy would otherwise
 * become a meeting record (4,000 from two messages, a backup that no longer imports). Meetings
 * already recorded always update; only new records count.
 */
export const RECORDING_LIMITS = {
  /** New 1:1s one report may add. */
  perReport: 100,
  /** New 1:1s one calendar tab may add in a day. */
  perTabPerDay: 300,
  /** New 1:1s all calendar tabs together may add in a day. */
  perDay: 600,
  /** 1:1s recorded with one person on one calendar day: a person has at most a few. */
  perPersonPerDay: 4,
} as const;

/**
 * What was spent today, kept in `storage.session` (memory only) so it outlives the service
 * worker's sleep: a page cannot reset it by pausing until the worker stops.
 */
interface Spent {
  day: string;
  total: number;
  tabs: Record<string, number>;
}
const KEY = 'upward:recording-budget';
let fallback: Spent | undefined;

/** One change at a time: two reports from one tab must not both spend the same room. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

async function readSpent(day: string): Promise<Spent> {
  let stored: Spent | undefined = fallback;
  try {
    stored = ((await browser.storage.session.get(KEY)) as Record<string, Spent | undefined>)[KEY];
  } catch {
    // No session storage (an older browser): the worker's memory keeps the count instead.
  }
  return stored?.day === day ? stored : { day, total: 0, tabs: {} };
}

async function writeSpent(spent: Spent): Promise<void> {
  fallback = spent;
  try {
    await browser.storage.session.set({ [KEY]: spent });
  } catch {
    // Kept in memory (above).
  }
}

/** Reserves room for up to `wanted` new 1:1s from this tab; resolves with how many it may add. */
export function reserveNewMeetings(tabId: number, wanted: number, now = Date.now()): Promise<number> {
  if (wanted <= 0) return Promise.resolve(0);
  return serially(async () => {
    const spent = await readSpent(localDay(now));
    const tab = spent.tabs[tabId] ?? 0;
    const room = Math.max(
      0,
      Math.min(
        wanted,
        RECORDING_LIMITS.perReport,
        RECORDING_LIMITS.perTabPerDay - tab,
        RECORDING_LIMITS.perDay - spent.total,
      ),
    );
    if (room > 0)
      await writeSpent({ ...spent, total: spent.total + room, tabs: { ...spent.tabs, [tabId]: tab + room } });
    return room;
  });
}

/** Gives back the part of a reservation that was not used. */
export function releaseNewMeetings(tabId: number, unused: number, now = Date.now()): Promise<void> {
  if (unused <= 0) return Promise.resolve();
  return serially(async () => {
    const spent = await readSpent(localDay(now));
    const tab = Math.max(0, (spent.tabs[tabId] ?? 0) - unused);
    await writeSpent({ ...spent, total: Math.max(0, spent.total - unused), tabs: { ...spent.tabs, [tabId]: tab } });
  });
}
