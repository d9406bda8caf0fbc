import type { Commitment, CommitmentOwner, CommitmentStatus } from '../model';
import { DAY_PATTERN } from '../wall-time';
import { getDb } from './open';
import { checkLength, cleanText, newId, storeRepository } from './store';

const base = storeRepository('commitments');

export interface CommitmentInput {
  personId: string;
  text: string;
  owner: CommitmentOwner;
  /** `YYYY-MM-DD`, or empty for none. */
  due?: string;
  /** The meeting it was made in. */
  meetingId?: string;
}

const DUE = DAY_PATTERN;

/** A due date as the date input gives it; anything else (empty, half-typed) means none. */
export function cleanDue(due: string | undefined): string | undefined {
  return due && DUE.test(due) ? due : undefined;
}

/** Builds a new open commitment; shared with the wrap-up, which writes several in one transaction. */
export function newCommitment(input: CommitmentInput, now: number): Commitment {
  const text = cleanText(input.text);
  if (!text) throw new Error('A commitment needs some words.');
  if (input.owner !== 'me' && input.owner !== 'them') throw new Error('Say who owes it: you or them.');
  const commitment: Commitment = {
    id: newId(),
    personId: input.personId,
    text,
    owner: input.owner,
    status: 'open',
    createdAt: now,
    updatedAt: now,
  };
  const due = cleanDue(input.due);
  if (due) commitment.due = due;
  if (input.meetingId) commitment.meetingId = input.meetingId;
  return commitment;
}

/** The status change as a pure step: closing stamps when (and in which meeting); reopening clears it. */
export function withStatus(
  commitment: Commitment,
  status: CommitmentStatus,
  now: number,
  meetingId?: string,
): Commitment | undefined {
  if (commitment.status === status) return undefined;
  const next: Commitment = { ...commitment, status, updatedAt: now };
  delete next.closedAt;
  delete next.closedMeetingId;
  if (status !== 'open') {
    next.closedAt = now;
    if (meetingId) next.closedMeetingId = meetingId;
  }
  return next;
}

export const commitments = {
  ...base,
  /** Every commitment with this person, oldest first. */
  async forPerson(personId: string): Promise<Commitment[]> {
    const list = await (await getDb()).getAllFromIndex('commitments', 'byPerson', personId);
    return list.sort((a, b) => a.createdAt - b.createdAt);
  },
  async add(input: CommitmentInput, now = Date.now()): Promise<Commitment> {
    return base.put(newCommitment(input, now));
  },
  async setStatus(id: string, status: CommitmentStatus, meetingId?: string, now = Date.now()) {
    return base.update(id, (commitment) => withStatus(commitment, status, now, meetingId));
  },
  /** Saves the words as typed; only-whitespace is refused so a commitment never becomes blank. */
  async setText(id: string, text: string, now = Date.now()): Promise<Commitment | undefined> {
    if (!cleanText(text)) throw new Error('A commitment needs some words: the last words are kept.');
    checkLength(text, 'This commitment');
    return base.update(
      id,
      (commitment) => (commitment.text === text ? undefined : { ...commitment, text, updatedAt: now }),
      'This commitment was deleted in another window, so what you typed here is not saved.',
    );
  },
  /** A new due date, or none (empty). */
  async setDue(id: string, due: string, now = Date.now()): Promise<Commitment | undefined> {
    const clean = cleanDue(due);
    return base.update(id, (commitment) => {
      if (commitment.due === clean) return undefined;
      const next: Commitment = { ...commitment, updatedAt: now };
      if (clean) next.due = clean;
      else delete next.due;
      return next;
    });
  },
};
