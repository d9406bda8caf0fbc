import type { Commitment, Meeting, Need, Note, Question } from '../model';
import { wallTimeToMs } from '../wall-time';
import { tookPlace } from './waited';

/**
 * Which of a person's needs, questions and quick notes belong on a meeting's card.
 * Needs and questions belong to the person, not the meeting, so whatever is still
 * unresolved carries over to the next 1:1 by itself; what was resolved shows on the
 * card of the meeting it was resolved in (or, when resolved elsewhere, on the next one).
 */

/** The last 1:1 with the same person that took place before this one; undefined for the first. */
export function previousMeeting(current: Meeting, withPerson: readonly Meeting[]): Meeting | undefined {
  const start = wallTimeToMs(current.start);
  if (start === null) return undefined;
  let best: { meeting: Meeting; at: number } | undefined;
  for (const meeting of withPerson) {
    if (meeting.id === current.id || !tookPlace(meeting) || meeting.personId !== current.personId) continue;
    const at = wallTimeToMs(meeting.start);
    if (at === null || at >= start) continue;
    if (!best || at > best.at) best = { meeting, at };
  }
  return best?.meeting;
}

/** Since when things count as "since the last 1:1": its start, or forever when there was none. */
export function sinceMs(previous: Meeting | undefined): number {
  return wallTimeToMs(previous?.start) ?? Number.NEGATIVE_INFINITY;
}

const resolved = (need: Need) => need.status === 'met' || need.status === 'dropped';

/** The latest history entry that set the need's current status. */
function resolution(need: Need) {
  for (let i = need.history.length - 1; i >= 0; i--) {
    const entry = need.history[i];
    if (entry && entry.status === need.status) return entry;
  }
  return undefined;
}

export interface NeedsOnCard {
  /** Open and raised needs, in the user's order: they carry over. */
  active: Need[];
  /** Met or dropped in this meeting, or since the previous 1:1 (from another page). */
  done: Need[];
}

export function needsOnCard(all: readonly Need[], meetingId: string, since: number): NeedsOnCard {
  const sorted = [...all].sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
  const active = sorted.filter((need) => !resolved(need));
  const done = sorted.filter((need) => {
    if (!resolved(need)) return false;
    const entry = resolution(need);
    if (!entry) return false;
    return entry.meetingId === meetingId || (entry.meetingId === undefined && entry.at >= since);
  });
  return { active, done };
}

/**
 * Open questions carry over; a question asked or answered stays on the card of the
 * meeting it was asked in (so its answer can be written there), and questions
 * answered elsewhere since the previous 1:1 show too. Older ones have had their day.
 */
export function questionsOnCard(all: readonly Question[], meetingId: string, since: number): Question[] {
  return [...all]
    .filter(
      (question) =>
        question.status === 'open' ||
        question.meetingId === meetingId ||
        (question.meetingId === undefined && question.updatedAt >= since),
    )
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** Quick notes filed for this person (or this meeting) since the previous 1:1, newest first. */
export function quickNotesOnCard(all: readonly Note[], personId: string, meetingId: string, since: number): Note[] {
  return all
    .filter((note) => note.meetingId === meetingId || (note.personId === personId && note.createdAt >= since))
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** The first 1:1 with the same person after this one that is still on (where its open items go next). */
export function nextMeeting(current: Meeting, withPerson: readonly Meeting[]): Meeting | undefined {
  const start = wallTimeToMs(current.start);
  if (start === null) return undefined;
  let best: { meeting: Meeting; at: number } | undefined;
  for (const meeting of withPerson) {
    if (meeting.id === current.id || !tookPlace(meeting) || meeting.personId !== current.personId) continue;
    const at = wallTimeToMs(meeting.start);
    if (at === null || at <= start) continue;
    if (!best || at < best.at) best = { meeting, at };
  }
  return best?.meeting;
}

/**
 * 1:1s with the person that were cancelled (or vanished from the calendar) since the previous
 * one that took place and before this one, oldest first: what was prepared for them shows here.
 */
export function cancelledSince(current: Meeting, withPerson: readonly Meeting[], since: number): Meeting[] {
  const start = wallTimeToMs(current.start);
  if (start === null) return [];
  return withPerson
    .filter((meeting) => {
      const at = wallTimeToMs(meeting.start);
      return meeting.id !== current.id && !tookPlace(meeting) && at !== null && at >= since && at < start;
    })
    .sort((a, b) => (wallTimeToMs(a.start) ?? 0) - (wallTimeToMs(b.start) ?? 0));
}

/** "Last time" at the top of the card: when, the first lines of its notes, what was promised in it. */
export interface LastTime {
  meeting: Meeting;
  /** Up to three non-empty lines of its notes (each cut at 200 characters). */
  notes: string[];
  /** Whether the notes go on past those lines. */
  more: boolean;
  commitments: Commitment[];
}

const PREVIEW_LINES = 3;
const PREVIEW_CHARS = 200;

export function lastTimeOf(previous: Meeting | undefined, commitments: readonly Commitment[]): LastTime | undefined {
  if (!previous) return undefined;
  const lines = previous.notes
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const cut = lines
    .slice(0, PREVIEW_LINES)
    .map((line) => (line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS - 1)}…` : line));
  return {
    meeting: previous,
    notes: cut,
    more: lines.length > PREVIEW_LINES || lines.some((line) => line.length > PREVIEW_CHARS),
    commitments: commitments.filter((c) => c.meetingId === previous.id),
  };
}
