import type { CalendarSite } from './calendar/types';

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

/** What the user understands about a person's world (practice 3). Every field may be empty. */
export interface PersonAbout {
  goals: string;
  pressures: string;
  style: string;
  /** What they need from the user: the flip side, kept (practice 2). */
  needsFromMe: string;
}

/**
 * The longest text one field may hold: a need, a question, an answer, meeting notes, what you
 * know about a person. The card refuses more, and the backup takes exactly this, so your own
 * export always imports again (a 100 KB paste fits ten times).
 */
export const TEXT_MAX_CHARS = 1_000_000;

/**
 * What one person record may hold: as many names and addresses as a person could have. The
 * classifier matches every name form against every event title, so these bound its cost; the
 * settings page and the backup import both refuse more.
 */
export const PERSON_LIMITS = {
  /** A name, or one alias. */
  nameChars: 200,
  emails: 20,
  aliases: 20,
  /** An email address (RFC 5321's longest). */
  emailChars: 320,
} as const;

export interface Person {
  id: string;
  name: string;
  emails: string[];
  aliases: string[];
  relation: Relation;
  /** Optional so records from earlier versions stay valid; read with `aboutOf`. */
  about?: PersonAbout;
  createdAt: number;
  updatedAt: number;
}

export const EMPTY_ABOUT: PersonAbout = { goals: '', pressures: '', style: '', needsFromMe: '' };
export const aboutOf = (person: Person): PersonAbout => ({ ...EMPTY_ABOUT, ...person.about });

export type NeedStatus = 'open' | 'raised' | 'met' | 'dropped';
export const NEED_STATUSES: readonly NeedStatus[] = ['open', 'raised', 'met', 'dropped'];

/**
 * Still to bring up: open, or raised without being met yet. The one rule every count of
 * "needs to raise" uses (card, popup, reminder, wrap-up, history), so they all agree.
 */
export const isToRaise = (need: Pick<Need, 'status'>): boolean => need.status === 'open' || need.status === 'raised';

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
  /** The meeting it was asked in, once asked. */
  meetingId?: string;
  createdAt: number;
  updatedAt: number;
}

/** One line of the empathy checklist (practices 4 and 7). */
export interface ChecklistItem {
  id: string;
  text: string;
  order: number;
  enabled: boolean;
  /** When the user last changed it; absent on the built-in items they never touched. */
  updatedAt?: number;
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
  /** Which calendar showed it last (where a reminder click looks for it). */
  site?: CalendarSite;
  allDay?: boolean;
  /** Cancelled, or declined by the user: no reminder, no auto-open. */
  cancelled?: boolean;
  declined?: boolean;
  /** When the prep card opened by itself for this meeting (it does so once). */
  autoOpenedAt?: number;
  /** Reminders already shown for this meeting, by kind: never twice for the same start. */
  reminded?: Partial<Record<PromptKind, FiredReminder>>;
  /** Checklist item ids ticked for this meeting. */
  ticks: string[];
  notes: string;
  /** The start it had before the calendar last moved it (the history says "moved from"). */
  movedFrom?: string;
  /** When the user saved a wrap-up for this meeting. */
  wrappedUpAt?: number;
  /** How the relationship felt that week, 1 (strained) to 5 (great); set in the wrap-up. */
  mood?: Mood;
  /** The user marked this meeting's notes as a win (for the review evidence). */
  win?: boolean;
  updatedAt: number;
}

export type Mood = 1 | 2 | 3 | 4 | 5;
export const MOODS: readonly Mood[] = [1, 2, 3, 4, 5];

/** A meeting's main reminder (N minutes before) or the optional second one. */
export type ReminderKind = 'main' | 'second';
/** Everything Upward notifies about for a meeting: its reminders, and the wrap-up prompt after it. */
export type PromptKind = ReminderKind | 'wrap-up';

/** A reminder that was shown: for which start (a moved meeting is reminded again) and when. */
export interface FiredReminder {
  start: string;
  at: number;
}

/** What a quick note files as: a need, a question, or a plain note. */
export type QuickNoteKind = 'need' | 'question' | 'note';

/** A quick note jotted between meetings. */
export interface Note {
  id: string;
  text: string;
  createdAt: number;
  personId?: string;
  meetingId?: string;
  /** Marked as a win, for the review evidence. */
  win?: boolean;
}

/** Who promised: the user ("I owe") or the person ("They owe"). */
export type CommitmentOwner = 'me' | 'them';
export const COMMITMENT_OWNERS: readonly CommitmentOwner[] = ['me', 'them'];
export type CommitmentStatus = 'open' | 'done' | 'dropped';
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['open', 'done', 'dropped'];

/** A promise made in (or around) a 1:1, either way. Open ones carry over until closed. */
export interface Commitment {
  id: string;
  personId: string;
  text: string;
  owner: CommitmentOwner;
  status: CommitmentStatus;
  /** A calendar date `YYYY-MM-DD`. */
  due?: string;
  /** The meeting it was made in. */
  meetingId?: string;
  /** When it was closed (done or dropped), and in which meeting. */
  closedAt?: number;
  closedMeetingId?: string;
  createdAt: number;
  updatedAt: number;
}

export type SeriesVerdict = 'always' | 'never';

/* ---------- Settings: one record per key, each with a default (lib/db/settings.ts). ---------- */

/** The prep card opening by itself before the next 1:1. */
export interface PrepSettings {
  autoOpen: boolean;
  /** Minutes before the start from which the card opens by itself (until the meeting ends). */
  autoOpenMinutes: number;
}

/** A second reminder, besides the main one. */
export type SecondReminder =
  | { kind: 'none' }
  | { kind: 'minutes-before'; minutes: number }
  /** The evening before, at a wall-clock time `HH:mm`. */
  | { kind: 'evening-before'; time: string };

/** Hours in which no reminder fires, as wall-clock `HH:mm`; may wrap midnight (22:00–07:00). */
export interface QuietHours {
  enabled: boolean;
  start: string;
  end: string;
}

export interface ReminderSettings {
  enabled: boolean;
  /** The main reminder, minutes before the start. */
  minutesBefore: number;
  second: SecondReminder;
  quietHours: QuietHours;
}

export interface RecognitionSettings {
  /** Calendar sites Upward watches. */
  sites: Record<CalendarSite, boolean>;
  /** Title patterns ("Dana / Sam", "1:1") count as evidence; off leaves guest lists and overrides. */
  titlePatterns: boolean;
}

export type Appearance = 'system' | 'light' | 'dark';

/**
 * What the user decided about suggestions from their calendar. Only dismissals are kept
 * (bounded, newest last): an added suggestion is a person, and the evidence itself is never
 * stored here (lib/suggestions/README.md).
 */
export interface SuggestionSettings {
  /** Keys of dismissed suggestions (`name:…`, `email:…`): none of them is suggested again. */
  dismissed: string[];
}

/** After a 1:1: the "How did it go?" notification (quiet hours are the reminders'). */
export interface WrapUpSettings {
  notify: boolean;
}

/** For when the screen is shared: what Upward puts where others may see it. */
export interface PrivacySettings {
  /** Notifications name the person ("1:1 with Dana in 10 min"); off: "Your 1:1 in 10 min". */
  namesInNotifications: boolean;
}

/** "Back up your notes": asked when there is work not in any export and the last one is old. */
export interface BackupReminderSettings {
  enabled: boolean;
  /** Days since the last export after which the popup and settings say so. */
  days: number;
}
