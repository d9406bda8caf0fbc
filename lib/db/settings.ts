import { type CalendarSite, SITE_IDS } from '../calendar/sites';
import type { Me, ReminderSettings } from '../model';
import { announceChange } from './changes';
import { getDb } from './open';
import type { SettingsKey, SettingsRecords } from './schema';

/**
 * What a fresh install uses, and what lies under every stored record when it is read (see
 * `withDefaults`): a field added to a setting reaches existing users with its default.
 */
export const SETTINGS_DEFAULTS: SettingsRecords = {
  me: { name: '', emails: [] },
  prep: { autoOpen: true, autoOpenMinutes: 15 },
  reminders: {
    enabled: true,
    minutesBefore: 10,
    second: { kind: 'none' },
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
  },
  recognition: {
    // Every site is watched until the user says otherwise.
    sites: Object.fromEntries(SITE_IDS.map((site) => [site, true])) as Record<CalendarSite, boolean>,
    titlePatterns: true,
  },
  appearance: 'system',
  suggestions: { dismissed: [] },
  wrapUp: { notify: true },
  privacy: { namesInNotifications: true },
  backupReminder: { enabled: true, days: 14 },
};
const DEFAULTS = SETTINGS_DEFAULTS;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored value over its default: records merge field by field (nested ones too), so a value
 * saved before a field existed reads with that field's default. Lists and plain values are
 * the stored ones whole. A record with a `kind` is one shape of a choice (a second reminder
 * is none, minutes before, or the evening before): another kind than the default's is taken
 * as stored, never mixed with the default's fields.
 */
export function withDefaults<T>(fallback: T, stored: unknown): T {
  if (stored === undefined || stored === null) return fallback;
  if (!isRecord(fallback) || !isRecord(stored)) return stored as T;
  if ('kind' in fallback && stored.kind !== fallback.kind) return stored as T;
  const merged: Record<string, unknown> = { ...fallback };
  for (const [field, value] of Object.entries(stored)) merged[field] = withDefaults(fallback[field], value);
  return merged as T;
}

const read = <K extends SettingsKey>(key: K, record: { value: unknown } | undefined): SettingsRecords[K] =>
  withDefaults(DEFAULTS[key], record?.value);

export const settings = {
  async get<K extends SettingsKey>(key: K): Promise<SettingsRecords[K]> {
    return read(key, await (await getDb()).get('settings', key));
  },
  /** Saves one key whole; `updatedAt` lets a backup import tell a newer choice from an older one. */
  async set<K extends SettingsKey>(key: K, value: SettingsRecords[K], now = Date.now()): Promise<void> {
    await (await getDb()).put('settings', { key, value, updatedAt: now });
    announceChange('settings');
  },
  /**
   * Read-modify-write in one transaction, so two quick changes on the settings page
   * (one checkbox, then another) never save over each other.
   */
  async update<K extends SettingsKey>(
    key: K,
    change: (current: SettingsRecords[K]) => SettingsRecords[K],
    now = Date.now(),
  ): Promise<SettingsRecords[K]> {
    const tx = (await getDb()).transaction('settings', 'readwrite');
    const next = change(read(key, await tx.store.get(key)));
    await tx.store.put({ key, value: next, updatedAt: now });
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
    problems.push('The second reminder is at the same time as the first reminder: pick another lead time.');
  if (reminders.quietHours.enabled && reminders.quietHours.start === reminders.quietHours.end)
    problems.push('Quiet hours start and end at the same time: pick a range.');
  return problems;
}
