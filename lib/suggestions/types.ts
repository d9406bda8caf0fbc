import type { CalendarSite } from '../calendar/types';
import type { Relation } from '../model';

/**
 * What the calendar pages have shown that could point at a 1:1: a bounded digest the
 * background keeps in memory-only session storage (see README.md). Everything here was read
 * from an untrusted web page: show it as text only.
 */
export interface SeenSeries {
  /** The series id (site-prefixed), or the event id for a one-off event. */
  seriesId: string;
  site: CalendarSite;
  title: string;
  organizer: string | null;
  recurring: boolean;
  /** Distinct days (`YYYY-MM-DD`) the page showed an occurrence on, oldest first, at most a few. */
  days: string[];
  /**
   * Guests of an opened occurrence, lower-cased, kept only when there were exactly two.
   * `crowd` says an occurrence showed three or more: then it is not a 1:1 at all.
   */
  guests?: string[];
  crowd?: boolean;
  /** When this series last brought something new (the oldest go first when the digest is full). */
  seenAt: number;
}

/** The account a calendar page says is signed in (its account button), parsed. */
export interface SeenAccount {
  site: CalendarSite;
  name: string | null;
  email: string | null;
  seenAt: number;
}

export interface CalendarEvidence {
  series: SeenSeries[];
  account: SeenAccount | null;
}

export const NO_EVIDENCE: CalendarEvidence = { series: [], account: null };

/** Someone the calendar suggests the user has 1:1s with. */
export interface PersonSuggestion {
  /** Stable while the evidence lasts: for keys and element ids. */
  key: string;
  name: string;
  emails: string[];
  /** Names titles use for them that their name does not cover ("DR"): added as aliases so those titles count. */
  aliases: string[];
  /** A guess the user can change before adding. */
  relation: Relation;
  /** Why, in words: "weekly, 'Dana / Sam', organised by Dana Reyes". */
  evidence: string;
  /** Higher first. */
  score: number;
  /** What a dismissal remembers, so this person is never suggested again under any of these. */
  dismissKeys: string[];
  /** The series this suggestion rests on. */
  seriesIds: string[];
}

/** Who the user seems to be, for the "who you are" step. */
export interface MeSuggestion {
  name: string;
  emails: string[];
  from: 'account' | 'titles' | 'guests';
  /** Where it was seen, in words: "the account signed in to Google Calendar". */
  evidence: string;
}

export interface Suggestions {
  me: MeSuggestion | null;
  people: PersonSuggestion[];
  /** Series that now point only at decided people (added, dismissed, or the user): evidence to forget. */
  settled: string[];
}
