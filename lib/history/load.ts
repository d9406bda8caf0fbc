import { checklist, commitments, getDb, meetings, needs, notes, people, questions } from '../db';
import type { Person } from '../model';
import type { PersonRecords } from './timeline';

/**
 * Reads for the history page (an extension page: it opens the store itself). One person's
 * records come through their `byPerson` indexes; nothing else is read.
 */
export async function loadPersonRecords(personId: string): Promise<(PersonRecords & { person: Person }) | null> {
  const person = await people.get(personId);
  if (!person) return null;
  const [theirMeetings, theirNeeds, theirQuestions, theirCommitments, theirNotes, items] = await Promise.all([
    meetings.forPerson(personId),
    needs.forPerson(personId),
    questions.forPerson(personId),
    commitments.forPerson(personId),
    notes.forPerson(personId),
    checklist.ordered(),
  ]);
  return {
    person,
    meetings: theirMeetings,
    needs: theirNeeds,
    questions: theirQuestions,
    commitments: theirCommitments,
    notes: theirNotes,
    checklist: items,
  };
}

/** Quick notes filed for no one in particular (the search opens them here), newest first. */
export async function loadUnfiledNotes(): Promise<PersonRecords> {
  const all = await (await getDb()).getAll('notes');
  return {
    meetings: [],
    needs: [],
    questions: [],
    commitments: [],
    notes: all.filter((note) => !note.personId).sort((a, b) => b.createdAt - a.createdAt),
    checklist: [],
  };
}
