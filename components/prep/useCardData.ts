import { useEffect, useState } from 'preact/hooks';
import { watchChanges } from '../../lib/db';
import type { StoreName } from '../../lib/db/schema';
import { type CardData, loadCard } from '../../lib/prep/load';
import type { Live } from '../useLive';

const CARD_STORES: readonly StoreName[] = ['meetings', 'needs', 'questions', 'checklist', 'notes', 'people', 'series'];

/**
 * The card's data, re-read whenever any extension page writes one of its stores.
 * Reads can finish out of order; only the newest one started is ever shown, so an
 * older snapshot never replaces a newer one.
 */
export function useCardData(meetingId: string): Live<CardData> {
  const [state, setState] = useState<Live<CardData>>({ status: 'loading' });
  useEffect(() => {
    let started = 0;
    let shown = 0;
    let current = true;
    const refresh = () => {
      const mine = ++started;
      loadCard(meetingId).then(
        (value) => {
          if (!current || mine < shown) return;
          shown = mine;
          setState({ status: 'ready', value });
        },
        (error: unknown) => current && setState({ status: 'error', error: String(error) }),
      );
    };
    refresh();
    const stop = watchChanges(CARD_STORES, refresh);
    return () => {
      current = false;
      stop();
    };
  }, [meetingId]);
  return state;
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
