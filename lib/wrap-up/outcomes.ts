import type { Commitment, Need, NeedHistoryEntry, Question } from '../model';

/**
 * What a wrap-up records about each item, as pure steps on one record. Each step answers
 * "what should this record be after the wrap-up of meeting M", so saving the same wrap-up
 * twice (or re-opening it to fix a slip) changes nothing the second time.
 */

/** For each need in the wrap-up: brought up but not met yet, met, or not this time. */
export type NeedOutcome = 'raised' | 'met' | 'not-this-time';
export const NEED_OUTCOMES: readonly NeedOutcome[] = ['raised', 'met', 'not-this-time'];

const recordedIn = (entry: NeedHistoryEntry, meetingId: string) =>
  entry.meetingId === meetingId && (entry.status === 'raised' || entry.status === 'met');

/** What the wrap-up of `meetingId` says about this need so far (its form starts from this). */
export function needOutcome(need: Need, meetingId: string): NeedOutcome {
  const last = need.history.at(-1);
  if (need.status === 'met' && last?.status === 'met' && last.meetingId === meetingId) return 'met';
  return need.history.some((entry) => entry.status === 'raised' && entry.meetingId === meetingId)
    ? 'raised'
    : 'not-this-time';
}

/**
 * The need after the wrap-up says `outcome` for `meetingId`; undefined when nothing changes.
 * Changing one's mind takes back only what this meeting's wrap-up wrote (its raised and met
 * entries); the rest of the history stays as it was.
 */
export function withNeedOutcome(need: Need, outcome: NeedOutcome, meetingId: string, now: number): Need | undefined {
  if (needOutcome(need, meetingId) === outcome) return undefined;
  const history = need.history.filter((entry) => !recordedIn(entry, meetingId));
  const before = history.at(-1)?.status ?? 'open';
  if (outcome === 'not-this-time') return { ...need, status: before, history, updatedAt: now };
  return {
    ...need,
    status: outcome,
    history: [...history, { status: outcome, at: now, meetingId }],
    updatedAt: now,
  };
}

/**
 * How many 1:1s a need has been brought up in: the distinct meetings of its "raised" entries
 * (a raised entry with no meeting, set from another page, counts once on its own).
 */
export function timesRaised(need: Pick<Need, 'history'>): number {
  const meetings = new Set<string>();
  let loose = 0;
  for (const entry of need.history) {
    if (entry.status !== 'raised') continue;
    if (entry.meetingId) meetings.add(entry.meetingId);
    else loose++;
  }
  return meetings.size + loose;
}

export interface QuestionWrapUp {
  asked: boolean;
  answer: string;
}

/** What the form starts from for a question. */
export function questionWrapUp(question: Question, meetingId: string): QuestionWrapUp {
  return { asked: question.status !== 'open' && question.meetingId === meetingId, answer: question.answer ?? '' };
}

/** The question after the wrap-up; undefined when nothing changes. Not asked here puts it back to open. */
export function withQuestionWrapUp(
  question: Question,
  { asked, answer }: QuestionWrapUp,
  meetingId: string,
  now: number,
): Question | undefined {
  const next: Question = { ...question, updatedAt: now };
  if (asked) {
    next.status = answer.trim() ? 'answered' : 'asked';
    next.meetingId = meetingId;
    if (answer.trim()) next.answer = answer;
    else delete next.answer;
  } else {
    // Only a question this wrap-up had marked goes back to open; one asked elsewhere stays.
    if (question.status !== 'open' && question.meetingId !== meetingId) return undefined;
    next.status = 'open';
    delete next.meetingId;
    if (answer.trim()) next.answer = answer;
  }
  const same =
    next.status === question.status && next.meetingId === question.meetingId && next.answer === question.answer;
  return same ? undefined : next;
}

/** The commitment after the wrap-up ticks it done (or not); undefined when nothing changes. */
export function withCommitmentDone(
  commitment: Commitment,
  done: boolean,
  meetingId: string,
  now: number,
): Commitment | undefined {
  if (done === (commitment.status === 'done')) return undefined;
  // Unticking takes back only a close this meeting made.
  if (!done && commitment.closedMeetingId !== meetingId) return undefined;
  const next: Commitment = { ...commitment, status: done ? 'done' : 'open', updatedAt: now };
  delete next.closedAt;
  delete next.closedMeetingId;
  if (done) {
    next.closedAt = now;
    next.closedMeetingId = meetingId;
  }
  return next;
}
