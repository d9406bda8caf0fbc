/** Pieces every label parser shares: the safe fallback and the RSVP words. */
import type { ParsedLabel, ResponseStatus } from './types';

/** The same label with its keys in one fixed order (stable JSON for the detect command and snapshots). */
export function orderedLabel(label: ParsedLabel): ParsedLabel {
  const { title, organizer, start, end, allDay, response, cancelled, calendar } = label;
  const ordered: ParsedLabel = { title, organizer, start, end, allDay, response, cancelled };
  if (calendar !== undefined) ordered.calendar = calendar;
  return ordered;
}

/**
 * What we return when a label cannot be read: a best-effort title and NO time.
 * A missing time only hides a badge; a wrong time would fire a reminder at the wrong
 * moment, so unreadable labels never guess.
 */
export function unreadableLabel(title: string, cancelled = false): ParsedLabel {
  return {
    title: title.trim(),
    organizer: null,
    start: null,
    end: null,
    allDay: false,
    response: null,
    cancelled,
  };
}

/** RSVP words as the labels print them, per language. Google chip labels (en, ja). */
export const RESPONSE_WORDS: ReadonlyArray<readonly [string, ResponseStatus]> = [
  // Google Calendar, English: "…, Dana Reyes, Accepted, No location, …"
  ['accepted', 'accepted'],
  ['needs rsvp', 'needs-action'],
  ['declined', 'declined'],
  ['maybe', 'tentative'],
  ['tentative', 'tentative'],
  // Google Calendar, Japanese (assumed wording: 出席/欠席/未定 are the RSVP buttons' words).
  ['承諾済み', 'accepted'],
  ['出席', 'accepted'],
  ['欠席', 'declined'],
  ['辞退', 'declined'],
  ['未定', 'tentative'],
  ['未返信', 'needs-action'],
  ['返信が必要', 'needs-action'],
];

export function responseFromWord(word: string): ResponseStatus | null {
  const key = word.trim().toLowerCase();
  for (const [text, status] of RESPONSE_WORDS) if (text === key) return status;
  return null;
}

/** Collapse runs of whitespace (labels built from several spans often carry newlines). */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}
