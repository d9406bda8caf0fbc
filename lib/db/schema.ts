import type { DBSchema } from 'idb';
import type { ChecklistItem, Me, Meeting, Need, Note, Person, Question, SeriesVerdict } from '../model';

export const DB_NAME = 'upward';
export const DB_VERSION = 2;

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
}
export type SettingsKey = keyof SettingsRecords;
export interface SettingsRecord<K extends SettingsKey = SettingsKey> {
  key: K;
  value: SettingsRecords[K];
}

/** Version 2 adds the user's settings and per-series knowledge (overrides, confirmations). */
export interface UpwardDbV2 extends UpwardDbV1 {
  settings: { key: SettingsKey; value: SettingsRecord };
  series: { key: string; value: SeriesRecord };
}

/** The current schema. When adding v3: copy V2 to a new named type and point this at it. */
export type UpwardDb = UpwardDbV2;
export type StoreName = 'people' | 'needs' | 'questions' | 'checklist' | 'meetings' | 'notes' | 'settings' | 'series';
