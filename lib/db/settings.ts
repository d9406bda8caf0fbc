import type { Me } from '../model';
import { announceChange } from './changes';
import { getDb } from './open';
import type { SettingsKey, SettingsRecords } from './schema';

/** What a fresh install uses; a stored record replaces its key's default whole. */
export const SETTINGS_DEFAULTS: SettingsRecords = {
  me: { name: '', emails: [] },
  prep: { autoOpen: true, autoOpenMinutes: 15 },
  reminders: {
    enabled: true,
    minutesBefore: 10,
    second: { kind: 'none' },
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
  },
  recognition: { sites: { google: true, outlook: true }, titlePatterns: true },
  appearance: 'system',
};
const DEFAULTS = SETTINGS_DEFAULTS;

export const settings = {
  async get<K extends SettingsKey>(key: K): Promise<SettingsRecords[K]> {
    const record = await (await getDb()).get('settings', key);
    return (record?.value as SettingsRecords[K] | undefined) ?? DEFAULTS[key];
  },
  async set<K extends SettingsKey>(key: K, value: SettingsRecords[K]): Promise<void> {
    await (await getDb()).put('settings', { key, value });
    announceChange('settings');
  },
  getMe(): Promise<Me> {
    return settings.get('me');
  },
};
