import type { Meeting, Need, Note, Question } from '../model';
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
