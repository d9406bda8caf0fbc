import { useEffect, useState } from 'preact/hooks';
import type { StoreName } from '../../lib/db/schema';
import type { CardData } from '../../lib/prep/load';
import type { Live } from '../useLive';
import { cardStore } from './card-store';

const CARD_STORES: readonly StoreName[] = ['meetings', 'needs', 'questions', 'checklist', 'notes', 'people', 'series'];

/**
 * The card's data, re-read whenever any extension page writes one of its stores.
 * One read at a time: changes that arrive while a read is running (a burst of
 * keystrokes) cause exactly one more read after it, so typing fast never queues a
 * pile of reads, and an older snapshot can never land after a newer one.
 */
export function useCardData(meetingId: string): Live<CardData> {
  const [state, setState] = useState<Live<CardData>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    let running = false;
    let again = false;
    const refresh = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        try {
          const value = await cardStore.call('loadCard', meetingId);
          if (current) setState({ status: 'ready', value });
        } catch (error) {
          if (current) setState({ status: 'error', error: String(error) });
        }
      } while (again && current);
      running = false;
    };
    void refresh();
    const stop = cardStore.watch(CARD_STORES, () => void refresh());
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
