import { commitmentsOnCard } from '../commitments/order';
import { checklist, commitments, getDb, meetings, needs, people, questions, series } from '../db';
import type { SeriesRecord } from '../db/schema';
import type { ChecklistItem, Commitment, Meeting, Need, Note, Person, Question } from '../model';
import { localDay } from '../when';
import { waitingItems } from './brief';
import {
  cancelledSince,
  type LastTime,
  lastTimeOf,
  needsOnCard,
  nextMeeting,
  previousMeeting,
  questionsOnCard,
  quickNotesOnCard,
  sinceMs,
} from './card-items';
import { waitedCounts } from './waited';

/** Everything the prep card shows, read in one go. */
export type CardData =
  | { kind: 'missing' }
  /** The meeting is on record but no longer recognised as a 1:1. */
  | { kind: 'not-one-on-one'; meeting: Meeting; series?: SeriesRecord; everyone: Person[] }
  /** The person it was with has been removed from Upward. */
  | { kind: 'person-gone'; meeting: Meeting; series?: SeriesRecord }
  | ({ kind: 'ready' } & ReadyCard);

export interface ReadyCard {
  meeting: Meeting;
  person: Person;
  series?: SeriesRecord;
  previous?: Meeting;
  /** The previous 1:1 at a glance, for the top of the card. */
  lastTime?: LastTime;
  /** The next 1:1 with the person still on (where a cancelled one's items go). */
  next?: Meeting;
  /** 1:1s cancelled since the previous one: what was prepared for them is shown here. */
  cancelled: Meeting[];
  /** Open commitments both ways (most urgent first), and those closed in this meeting. */
  commitments: { open: Commitment[]; closedHere: Commitment[] };
  /**
   * How many 1:1s each open need and open question has waited, counted here from all the person's
   * meetings: the card gets one number per item, never the meetings themselves (it re-reads on
   * every keystroke).
   */
  waited: Record<string, number>;
  /** When a waited count next changes (a 1:1 ends): the card reads again then. */
  waitedChangesAt: number | null;
  needs: { active: Need[]; done: Need[] };
  questions: Question[];
  /** Every question text for this person, so prompt ideas skip ones already added. */
  questionTexts: string[];
  checklist: ChecklistItem[];
  quickNotes: Note[];
}

/**
 * Notes written since `since`, read through the time index: years of quick notes
 * cost nothing here, only the ones since the previous 1:1 are read.
 */
async function notesSince(since: number): Promise<Note[]> {
  const range = Number.isFinite(since) ? IDBKeyRange.lowerBound(since) : undefined;
  return (await getDb()).getAllFromIndex('notes', 'byCreatedAt', range);
}

export async function loadCard(meetingId: string, now = Date.now()): Promise<CardData> {
  const meeting = await meetings.get(meetingId);
  if (!meeting) return { kind: 'missing' };
  if (!meeting.personId) {
    const [seriesRecord, everyone] = await Promise.all([series.get(meeting.seriesId), people.sorted()]);
    return { kind: 'not-one-on-one', meeting, series: seriesRecord, everyone };
  }
  const personId = meeting.personId;
  // One round of reads in parallel, all through indexes: the card re-reads on every
  // change, so it must neither wait on a chain of reads nor scan whole stores.
  const [seriesRecord, person, withPerson, allNeeds, allQuestions, items, allCommitments] = await Promise.all([
    series.get(meeting.seriesId),
    people.get(personId),
    meetings.forPerson(personId),
    needs.forPerson(personId),
    questions.forPerson(personId),
    checklist.ordered(),
    commitments.forPerson(personId),
  ]);
  if (!person) return { kind: 'person-gone', meeting, series: seriesRecord };
  const previous = previousMeeting(meeting, withPerson);
  const since = sinceMs(previous);
  const recentNotes = await notesSince(since);
  const onCard = needsOnCard(allNeeds, meeting.id, since);
  const onCardQuestions = questionsOnCard(allQuestions, meeting.id, since);
  // Open questions wait like needs: "To raise" lists both, most-waited first.
  const waited = waitedCounts(waitingItems(onCard.active, onCardQuestions), withPerson, now);
  return {
    kind: 'ready',
    meeting,
    person,
    series: seriesRecord,
    previous,
    lastTime: lastTimeOf(previous, allCommitments),
    next: nextMeeting(meeting, withPerson),
    cancelled: cancelledSince(meeting, withPerson, since),
    commitments: commitmentsOnCard(allCommitments, meeting.id, localDay(now)),
    waited: waited.counts,
    waitedChangesAt: waited.changesAt,
    needs: onCard,
    questions: onCardQuestions,
    questionTexts: allQuestions.map((question) => question.text),
    checklist: items.filter((item) => item.enabled),
    quickNotes: quickNotesOnCard(recentNotes, personId, meeting.id, since),
  };
}
