import { useRef, useState } from 'preact/hooks';
import { settings } from '../../lib/db';
import type { SettingsKey, SettingsRecords } from '../../lib/db/schema';
import { useLive } from '../shared/useLive';
import { useSaved } from './useSaved';

/**
 * One settings record, live, with a change function that saves and confirms quietly.
 *
 * What the user just set shows at once and stays until the save has landed and been read
 * back: a control never flips back while its save is in flight, even when the section redraws
 * meanwhile (another control saved, "Saved ✓" appeared). Changes made in a row build on each
 * other, in the page and in the store (each save is one read-modify-write transaction).
 */
export function useSetting<K extends SettingsKey>(key: K) {
  const live = useLive(() => settings.get(key), ['settings']);
  const [note, flash] = useSaved();
  const [pending, setPending] = useState<{ value: SettingsRecords[K] } | null>(null);
  const inFlight = useRef(0);
  const shown = pending ? pending.value : live.status === 'ready' ? live.value : undefined;
  const latest = useRef(shown);
  latest.current = shown;

  const change = async (edit: (current: SettingsRecords[K]) => SettingsRecords[K]) => {
    if (latest.current !== undefined) {
      const optimistic = edit(latest.current);
      latest.current = optimistic;
      setPending({ value: optimistic });
    }
    inFlight.current++;
    try {
      await settings.update(key, edit);
      flash();
    } finally {
      // Read back what was saved before letting go of what the user set.
      await live.refresh();
      if (--inFlight.current === 0) setPending(null);
    }
  };
  return { value: shown, change, note };
}
