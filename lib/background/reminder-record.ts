import { getDb } from '../db';
import { announceChange } from '../db/changes';
import type { PromptKind } from '../model';

/**
 * Records that a reminder is being shown, in the same transaction that checks it was not
 * shown already for this start. Two alarms for one reminder (a browser that kept its alarm
 * across a restart, plus ours re-armed from the store) can then never show it twice.
 */
export async function claimReminder(
  meetingId: string,
  kind: PromptKind,
  start: string,
  now = Date.now(),
): Promise<boolean> {
  const db = await getDb();
  const tx = db.transaction('meetings', 'readwrite');
  const meeting = await tx.store.get(meetingId);
  const claimed = !!meeting && meeting.start === start && meeting.reminded?.[kind]?.start !== start;
  if (meeting && claimed) {
    await tx.store.put({ ...meeting, reminded: { ...meeting.reminded, [kind]: { start, at: now } } });
  }
  await tx.done;
  if (claimed) announceChange('meetings');
  return claimed;
}
