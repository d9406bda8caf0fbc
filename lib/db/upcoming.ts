import { openCommitments } from '../commitments/order';
import type { Meeting, Person } from '../model';
import { toRaiseList, waitingItems } from '../prep/brief';
import { waitedCounts } from '../prep/waited';
import { toWallTime, wallTimeToMs } from '../wall-time';
import { getDb } from './open';

/** The next recognised 1:1 as the popup shows it: who, when, and what is still open for them. */
export interface UpcomingOneOnOne {
  meeting: Meeting;
  person: Person;
  startMs: number;
  endMs: number | null;
  /** Needs to raise and questions to ask (`countToRaise`): the card's and the reminder's number. */
  toRaise: number;
  /** The first three of them in the card's order (most-waited first), for a 1:1 about to start. */
  top: { kind: 'need' | 'question'; text: string }[];
  /** Open commitments both ways: what the user owes, what the person owes. */
  openCommitments: { mine: number; theirs: number };
}

/** How far back the scan starts, so a 1:1 under way still counts as the next one. */
const LOOKBACK_MS = 12 * 60 * 60_000;
/** A meeting the page gave no end for is taken to last this long. */
const DEFAULT_LENGTH_MS = 30 * 60_000;

/**
 * The first 1:1 that has not ended yet: walks the meetings' `byStart` index forwards from a
 * little before `now` (wall times sort as text in time order) and stops at the first meeting
 * that is still a 1:1 with someone Upward knows, is not cancelled or declined, and has not ended.
 * Then counts what is to raise with that person (as the card lists it) and the open commitments.
 */
export async function nextOneOnOne(now = Date.now()): Promise<UpcomingOneOnOne | null> {
  const db = await getDb();
  const tx = db.transaction(['meetings', 'people', 'needs', 'questions', 'commitments']);
  const meetingsStore = tx.objectStore('meetings');
  const from = IDBKeyRange.lowerBound(toWallTime(now - LOOKBACK_MS));
  let cursor = await meetingsStore.index('byStart').openCursor(from);
  let found: Omit<UpcomingOneOnOne, 'toRaise' | 'top' | 'openCommitments'> | null = null;
  while (cursor && !found) {
    const meeting = cursor.value;
    const startMs = wallTimeToMs(meeting.start);
    if (meeting.personId && startMs !== null && !meeting.cancelled && !meeting.declined) {
      const endMs = wallTimeToMs(meeting.end);
      const ends = endMs ?? startMs + (meeting.allDay ? 86_400_000 : DEFAULT_LENGTH_MS);
      const person = ends > now ? await tx.objectStore('people').get(meeting.personId) : undefined;
      // A meeting with someone since removed from settings is no one's 1:1 any more.
      if (person) found = { meeting, person, startMs, endMs };
    }
    if (!found) cursor = await cursor.continue();
  }
  if (!found) {
    await tx.done;
    return null;
  }
  const personId = found.person.id;
  const [needs, questions, commitments, withPerson] = await Promise.all([
    tx.objectStore('needs').index('byPerson').getAll(personId),
    tx.objectStore('questions').index('byPerson').getAll(personId),
    tx.objectStore('commitments').index('byPerson').getAll(personId),
    meetingsStore.index('byPerson').getAll(personId),
  ]);
  await tx.done;
  const list = toRaiseList(needs, questions, waitedCounts(waitingItems(needs, questions), withPerson, now).counts);
  return {
    ...found,
    toRaise: list.length,
    top: list.slice(0, 3).map((item) => ({
      kind: item.kind,
      text: item.kind === 'need' ? item.need.text : item.question.text,
    })),
    openCommitments: openCommitments(commitments),
  };
}
