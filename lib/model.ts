/**
 * The records Upward keeps, named for what they are to the user.
 * Storage shapes live in lib/db/schema.ts; these are the current shapes.
 */

export type Relation = 'manager' | 'skip-level' | 'mentor' | 'other';
export const RELATIONS: readonly Relation[] = ['manager', 'skip-level', 'mentor', 'other'];

/** The user themself: how the calendar shows them. */
export interface Me {
  name: string;
  emails: string[];
}

export interface Person {
  id: string;
  name: string;
  emails: string[];
  aliases: string[];
  relation: Relation;
  createdAt: number;
  updatedAt: number;
}

export type NeedStatus = 'open' | 'raised' | 'met' | 'dropped';
export const NEED_STATUSES: readonly NeedStatus[] = ['open', 'raised', 'met', 'dropped'];

export interface NeedHistoryEntry {
  status: NeedStatus;
  at: number;
  meetingId?: string;
}

/** Something the user needs from a person (practice 1). */
export interface Need {
  id: string;
  personId: string;
  text: string;
  status: NeedStatus;
  order: number;
  history: NeedHistoryEntry[];
  createdAt: number;
  updatedAt: number;
}

export type QuestionKind = 'mine' | 'flip-side' | 'coaching';
export type QuestionStatus = 'open' | 'asked' | 'answered';
export const QUESTION_STATUSES: readonly QuestionStatus[] = ['open', 'asked', 'answered'];

export interface Question {
  id: string;
  personId: string;
  text: string;
  kind: QuestionKind;
  status: QuestionStatus;
  answer?: string;
  createdAt: number;
  updatedAt: number;
}

/** One line of the empathy checklist (practices 4 and 7). */
export interface ChecklistItem {
  id: string;
  text: string;
  order: number;
  enabled: boolean;
}

/** A recognised 1:1 occurrence, with what the user did for it. */
export interface Meeting {
  /** The calendar's occurrence id (site-prefixed, e.g. `google:…`). */
  id: string;
  seriesId: string;
  title: string;
  /** Local wall time `YYYY-MM-DDTHH:mm`, or null when the page did not say. */
  start: string | null;
  end: string | null;
  personId: string | null;
  /** Why Upward thinks this is (or is no longer) a 1:1, in words for the user. */
  reasons?: string[];
  /** Checklist item ids ticked for this meeting. */
  ticks: string[];
  notes: string;
  updatedAt: number;
}

/** A quick note jotted between meetings. */
export interface Note {
  id: string;
  text: string;
  createdAt: number;
  personId?: string;
  meetingId?: string;
}

export type SeriesVerdict = 'always' | 'never';

/** "Always / never treat this series as a 1:1", set by the user. */
export interface SeriesOverride {
  seriesId: string;
  verdict: SeriesVerdict;
  /** Who the series is with when the verdict is `always`. */
  personId?: string;
  title: string;
  updatedAt: number;
}
