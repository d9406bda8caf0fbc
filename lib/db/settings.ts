import type { Me } from '../model';
import { announceChange } from './changes';
import { getDb } from './open';
import type { SettingsKey, SettingsRecords } from './schema';

const DEFAULTS: SettingsRecords = {
  me: { name: '', emails: [] },
};

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
