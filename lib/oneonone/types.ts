/** The classifier's input and output. */
import type { CalendarEvent } from '../calendar/types';
import type { Me, Person, SeriesVerdict } from '../model';
import type { NameIndex } from './names';

export interface SeriesOverrideRule {
  verdict: SeriesVerdict;
  personId?: string;
}

export interface ClassifyInput {
  event: CalendarEvent;
  /** Lower-cased guest emails from an open detail dialog / peek card; null when the page has not shown them. */
  guests: string[] | null;
  me: Me;
  people: Person[];
  /** The user's "always / never treat this series as a 1:1", by seriesId. */
  overrides: ReadonlyMap<string, SeriesOverrideRule>;
  /** Series whose guest list once showed exactly the user and this person: seriesId → personId. */
  confirmedSeries: ReadonlyMap<string, string>;
  /**
   * Whether titles and organizers count as evidence (settings › recognition). Off: only
   * overrides, guest lists and confirmed series decide. Absent means on.
   */
  titlePatterns?: boolean;
  /** Everyone's names compiled (`nameIndex(me, people)`); built here when absent, which costs per call. */
  names?: NameIndex;
}

export type SignalKind =
  | 'override'
  | 'veto'
  | 'guests'
  | 'confirmed-series'
  | 'title-pair'
  | 'title-name-with-word'
  | 'title-name'
  | 'title-bare-1on1'
  | 'organizer-person'
  | 'organizer-me'
  | 'recurring';

/** One piece of evidence, for the UI and for debugging the score. */
export interface Signal {
  kind: SignalKind;
  personId: string | null;
  weight: number;
  reason: string;
}

export interface Verdict {
  /** The person this event is a 1:1 with, or null when it is not a 1:1. */
  personId: string | null;
  /** Short human sentences explaining the verdict, strongest first. */
  reasons: string[];
  signals?: Signal[];
}
