import { checklist, getDb, meetings, needs, people, questions, series } from '../db';
import type { SeriesRecord } from '../db/schema';
import type { ChecklistItem, Meeting, Need, Note, Person, Question } from '../model';
import { needsOnCard, previousMeeting, questionsOnCard, quickNotesOnCard, sinceMs } from './card-items';

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
  /** All the person's meetings, for "how many 1:1s has this waited". */
  withPerson: Meeting[];
  needs: { active: Need[]; done: Need[] };
  questions: Question[];
  /** Every question text for this person, so prompt ideas skip ones already added. */
  questionTexts: string[];
  checklist: ChecklistItem[];
  quickNotes: Note[];
}

async function notesForPerson(personId: string): Promise<Note[]> {
  return (await getDb()).getAllFromIndex('notes', 'byPerson', personId);
}

export async function loadCard(meetingId: string): Promise<CardData> {
  const meeting = await meetings.get(meetingId);
  if (!meeting) return { kind: 'missing' };
  const seriesRecord = await series.get(meeting.seriesId);
  if (!meeting.personId)
    return { kind: 'not-one-on-one', meeting, series: seriesRecord, everyone: await people.sorted() };
  const personId = meeting.personId;
  const person = await people.get(personId);
  if (!person) return { kind: 'person-gone', meeting, series: seriesRecord };
  // Read through the by-person indexes only: the card re-reads on every change, so it must not scan stores.
  const [withPerson, allNeeds, allQuestions, items, personNotes] = await Promise.all([
    meetings.forPerson(personId),
    needs.forPerson(personId),
    questions.forPerson(personId),
    checklist.ordered(),
    notesForPerson(personId),
  ]);
  const previous = previousMeeting(meeting, withPerson);
  const since = sinceMs(previous);
  return {
    kind: 'ready',
    meeting,
    person,
    series: seriesRecord,
    previous,
    withPerson,
    needs: needsOnCard(allNeeds, meeting.id, since),
    questions: questionsOnCard(allQuestions, meeting.id, since),
    questionTexts: allQuestions.map((question) => question.text),
    checklist: items.filter((item) => item.enabled),
    quickNotes: quickNotesOnCard(personNotes, personId, meeting.id, since),
  };
}
