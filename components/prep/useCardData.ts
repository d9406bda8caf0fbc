import { useEffect, useState } from 'preact/hooks';
import type { StoreName } from '../../lib/db/schema';
import type { CardData } from '../../lib/prep/load';
import { type LiveRead, useLive } from '../shared/useLive';
import { useCardStore } from './card-store';

const CARD_STORES: readonly StoreName[] = [
  'meetings',
  'needs',
  'questions',
  'checklist',
  'notes',
  'people',
  'series',
  'commitments',
];

/**
 * The card's data, re-read whenever any extension page writes one of its stores (the
 * background passes the notices on). A burst of keystrokes is one more read, never a pile,
 * and an older snapshot never lands after a newer one (useLive).
 */
export function useCardData(meetingId: string, fixedNow?: number): LiveRead<CardData> {
  const cardStore = useCardStore();
  return useLive(() => cardStore.call('loadCard', meetingId, fixedNow ?? Date.now()), CARD_STORES, {
    deps: [meetingId],
    watch: (stores, onChange) => cardStore.watch(stores, onChange),
  });
}

/** The time now, refreshed every `everyMs`, so "in 5 min" and "waited" stay true while the card is open. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
