/**
 * Where the evidence digest lives: `storage.session`, which is memory only (gone when the
 * browser quits), outlives the background's sleep, and by default is out of reach of content
 * scripts and of the calendar page. Only the background writes it; Upward's own pages read it.
 */
import { browser } from 'wxt/browser';
import { type CalendarEvidence, NO_EVIDENCE } from './types';

const KEY = 'upward:calendar-evidence';

export async function readEvidence(): Promise<CalendarEvidence> {
  const stored = (await browser.storage.session.get(KEY))[KEY] as Partial<CalendarEvidence> | undefined;
  return {
    series: Array.isArray(stored?.series) ? stored.series : [],
    account: stored?.account ?? null,
  };
}

export async function writeEvidence(evidence: CalendarEvidence): Promise<void> {
  if (evidence.series.length === 0 && evidence.account === null) await browser.storage.session.remove(KEY);
  else await browser.storage.session.set({ [KEY]: evidence });
}

/** Calls `onChange` whenever the background changes the digest. Returns an unsubscribe. */
export function watchEvidence(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export { NO_EVIDENCE };
