import type { Meeting } from '../model';
import { parseWrapUpInput } from '../wrap-up/input';
import { withCommitmentDone, withNeedOutcome, withQuestionWrapUp } from '../wrap-up/outcomes';
import { announceChange } from './changes';
import { newCommitment } from './commitments';
import { getDb } from './open';
import type { StoreName } from './schema';

const STORES = ['meetings', 'needs', 'questions', 'commitments'] as const satisfies StoreName[];

/**
 * Saves a wrap-up in one transaction: the meeting's notes, mood and "win", each need's
 * outcome, questions asked and their answers, commitments closed and made. All of it
 * lands or none of it. Only records of the meeting's own person are touched, whatever
 * ids the input names. Returns the meeting as saved.
 */
export async function saveWrapUp(meetingId: string, raw: unknown, now = Date.now()): Promise<Meeting> {
  const input = parseWrapUpInput(raw);
  const db = await getDb();
  const tx = db.transaction(STORES, 'readwrite');
  const meeting = await tx.objectStore('meetings').get(meetingId);
  const personId = meeting?.personId;
  if (!meeting || !personId) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('This 1:1 is no longer on record, so its wrap-up could not be saved.');
  }
  // Build every new commitment first: a refused one (no words) stops the save before any write.
  const made = input.newCommitments
    .filter((entry) => entry.text.trim())
    // A millisecond apart, so they list in the order they were typed.
    .map((entry, index) => newCommitment({ ...entry, personId, meetingId }, now + index));
  const writes: Promise<unknown>[] = [];
  for (const { id, outcome } of input.needs) {
    const need = await tx.objectStore('needs').get(id);
    const next = need?.personId === personId ? withNeedOutcome(need, outcome, meetingId, now) : undefined;
    if (next) writes.push(tx.objectStore('needs').put(next));
  }
  for (const { id, asked, answer } of input.questions) {
    const question = await tx.objectStore('questions').get(id);
    const next =
      question?.personId === personId ? withQuestionWrapUp(question, { asked, answer }, meetingId, now) : undefined;
    if (next) writes.push(tx.objectStore('questions').put(next));
  }
  for (const { id, done } of input.commitments) {
    const commitment = await tx.objectStore('commitments').get(id);
    const next = commitment?.personId === personId ? withCommitmentDone(commitment, done, meetingId, now) : undefined;
    if (next) writes.push(tx.objectStore('commitments').put(next));
  }
  for (const commitment of made) writes.push(tx.objectStore('commitments').put(commitment));
  const saved: Meeting = { ...meeting, notes: input.notes, wrappedUpAt: now, updatedAt: now };
  if (input.mood) saved.mood = input.mood;
  else delete saved.mood;
  if (input.win) saved.win = true;
  else delete saved.win;
  writes.push(tx.objectStore('meetings').put(saved));
  await Promise.all([...writes, tx.done]);
  for (const store of STORES) announceChange(store);
  return saved;
}
