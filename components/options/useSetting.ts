import { settings } from '../../lib/db';
import type { SettingsKey, SettingsRecords } from '../../lib/db/schema';
import { useLive } from '../useLive';
import { useSaved } from './useSaved';

/** One settings record, live, with a change function that saves and confirms quietly. */
export function useSetting<K extends SettingsKey>(key: K) {
  const live = useLive(() => settings.get(key), ['settings']);
  const [note, flash] = useSaved();
  const change = async (edit: (current: SettingsRecords[K]) => SettingsRecords[K]) => {
    await settings.update(key, edit);
    flash();
  };
  return { value: live.status === 'ready' ? live.value : undefined, change, note };
}
