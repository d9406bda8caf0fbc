import type { DBSchema } from 'idb';
import type {
  Appearance,
  BackupReminderSettings,
  ChecklistItem,
  Commitment,
  Me,
  Meeting,
  Need,
  Note,
  Person,
  PrepSettings,
  PrivacySettings,
  Question,
  RecognitionSettings,
  ReminderSettings,
  SeriesVerdict,
  SuggestionSettings,
  WrapUpSettings,
} from '../model';

export const DB_NAME = 'upward';
export const DB_VERSION = 4;

/**
 * Version 1: the six stores of the first release. Kept as a named type, never
 * edited, so the migration ladder and its tests can always open a v1 database.
 */
export interface UpwardDbV1 extends DBSchema {
  people: { key: string; value: Person };
  needs: { key: string; value: Need; indexes: { byPerson: string } };
  questions: { key: string; value: Question; indexes: { byPerson: string } };
  checklist: { key: string; value: ChecklistItem; indexes: { byOrder: number } };
  meetings: {
    key: string;
    value: Meeting;
    indexes: { bySeries: string; byPerson: string; byStart: string };
  };
  notes: { key: string; value: Note; indexes: { byCreatedAt: number; byPerson: string } };
}

/** What the user knows about a calendar series: their override, or a guest list that proved it. */
export interface SeriesRecord {
  seriesId: string;
  title: string;
  override?: SeriesVerdict;
  /** Who an "always" series is with (the user picks, or the best title match). */
  overridePersonId?: string;
  /** Set when a detail dialog showed exactly the user and this person. */
  confirmedPersonId?: string;
  updatedAt: number;
}

/** Settings are few and read together: one record per key. */
export interface SettingsRecords {
  me: Me;
  prep: PrepSettings;
  reminders: ReminderSettings;
  recognition: RecognitionSettings;
  appearance: Appearance;
  suggestions: SuggestionSettings;
  wrapUp: WrapUpSettings;
  privacy: PrivacySettings;
  backupReminder: BackupReminderSettings;
}
export type SettingsKey = keyof SettingsRecords;
export interface SettingsRecord<K extends SettingsKey = SettingsKey> {
  key: K;
  value: SettingsRecords[K];
  /** When the user last chose it; absent on records from before it was kept (they count as older). */
  updatedAt?: number;
}

/** Version 2 adds the user's settings and per-series knowledge (overrides, confirmations). */
export interface UpwardDbV2 extends UpwardDbV1 {
  settings: { key: SettingsKey; value: SettingsRecord };
  series: { key: string; value: SeriesRecord };
}

/**
 * Version 3 indexes needs and questions by creation time, so the popup lists
 * recent items with a cursor instead of reading every record.
 */
export interface UpwardDbV3 extends DBSchema {
  people: UpwardDbV2['people'];
  needs: { key: string; value: Need; indexes: { byPerson: string; byCreatedAt: number } };
  questions: { key: string; value: Question; indexes: { byPerson: string; byCreatedAt: number } };
  checklist: UpwardDbV2['checklist'];
  meetings: UpwardDbV2['meetings'];
  notes: UpwardDbV2['notes'];
  settings: UpwardDbV2['settings'];
  series: UpwardDbV2['series'];
}

/**
 * Version 4 keeps commitments both ways ("I owe", "They owe"), by person and by creation
 * time (search and recent lists walk it with a cursor). Wrap-ups are fields of their
 * meeting (mood, wrappedUpAt, win), so they need no store of their own.
 */
export interface UpwardDbV4 extends UpwardDbV3 {
  commitments: { key: string; value: Commitment; indexes: { byPerson: string; byCreatedAt: number } };
}

/** The current schema. When adding v5: copy V4 to a new named type and point this at it. */
export type UpwardDb = UpwardDbV4;
/** Every store, in the order a backup file lists them (lib/backup). */
export const STORE_NAMES = [
  'settings',
  'people',
  'needs',
  'questions',
  'checklist',
  'meetings',
  'notes',
  'series',
  'commitments',
] as const;
export type StoreName = (typeof STORE_NAMES)[number];
