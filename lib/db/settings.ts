import type { Me, ReminderSettings } from '../model';
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
  suggestions: { dismissed: [] },
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
  /**
   * Read-modify-write in one transaction, so two quick changes on the settings page
   * (one checkbox, then another) never save over each other.
   */
  async update<K extends SettingsKey>(
    key: K,
    change: (current: SettingsRecords[K]) => SettingsRecords[K],
  ): Promise<SettingsRecords[K]> {
    const tx = (await getDb()).transaction('settings', 'readwrite');
    const record = await tx.store.get(key);
    const next = change((record?.value as SettingsRecords[K] | undefined) ?? DEFAULTS[key]);
    await tx.store.put({ key, value: next });
    await tx.done;
    announceChange('settings');
    return next;
  },
  getMe(): Promise<Me> {
    return settings.get('me');
  },
};

/* ---------- What the settings page may save: checked here, so every page agrees. ---------- */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Lead times run from one minute to a whole day. */
export const MINUTES_LIMITS = { min: 1, max: 1440 } as const;

/** A whole number of minutes typed by the user, e.g. "15". */
export function parseMinutes(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'Enter a number of minutes.' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: 'Use whole minutes, like 10.' };
  const value = Number(trimmed);
  if (value < MINUTES_LIMITS.min || value > MINUTES_LIMITS.max)
    return { ok: false, error: `Use ${MINUTES_LIMITS.min} to ${MINUTES_LIMITS.max} minutes (a whole day).` };
  return { ok: true, value };
}

/** A wall-clock time `HH:mm` (what `<input type="time">` gives). */
export function parseClock(text: string): Parsed<string> {
  const found = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!found) return { ok: false, error: 'Enter a time like 21:30.' };
  const hours = Number(found[1]);
  const minutes = Number(found[2]);
  if (hours > 23 || minutes > 59) return { ok: false, error: 'Enter a time like 21:30.' };
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${found[2]}` };
}

/** Rules across fields, which no single input can check: returns a sentence per problem. */
export function reminderConflicts(reminders: ReminderSettings): string[] {
  const problems: string[] = [];
  if (reminders.second.kind === 'minutes-before' && reminders.second.minutes === reminders.minutesBefore)
    problems.push('The second reminder is at the same time as the first: pick another lead time.');
  if (reminders.quietHours.enabled && reminders.quietHours.start === reminders.quietHours.end)
    problems.push('Quiet hours start and end at the same time: pick a range.');
  return problems;
}
