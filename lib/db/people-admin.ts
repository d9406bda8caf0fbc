import {
  type Commitment,
  type Me,
  type Meeting,
  type Need,
  type Note,
  PERSON_LIMITS,
  type Person,
  type Question,
  type Relation,
} from '../model';
import { announceChange } from './changes';
import { getDb } from './open';
import { people } from './people';
import type { SeriesRecord, StoreName } from './schema';
import { cleanText } from './store';

/**
 * Editing and removing people from settings. Removal takes the person's needs,
 * questions, quick notes and meetings with them in one transaction, and hands back
 * everything it took so Undo can put it all back exactly.
 */

/** What the settings form holds for a person, lists already split. */
export interface PersonDraft {
  name: string;
  emails: string[];
  aliases: string[];
  relation: Relation;
}

/** One message per field the user must fix; empty when the draft can be saved. */
export interface PersonProblems {
  name?: string;
  emails?: string;
  aliases?: string;
}

/** Deliberately loose: one @, something on each side, a dot in the domain, no spaces. */
export function isEmail(text: string): boolean {
  return text.length <= PERSON_LIMITS.emailChars && /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/.test(text);
}

const sameName = (a: string, b: string) =>
  cleanText(a).localeCompare(cleanText(b), undefined, { sensitivity: 'accent' }) === 0;

export function validatePerson(draft: PersonDraft, everyone: readonly Person[], me: Me, id?: string): PersonProblems {
  const problems: PersonProblems = {};
  const others = everyone.filter((person) => person.id !== id);
  const name = cleanText(draft.name);
  if (!name) problems.name = 'Give this person a name.';
  else if (name.length > PERSON_LIMITS.nameChars)
    problems.name = `That name is too long (${PERSON_LIMITS.nameChars} characters at most).`;
  else {
    const twin = others.find((person) => sameName(person.name, name));
    if (twin) problems.name = `You already have ${twin.name}. Edit them instead, or tell the two apart.`;
  }

  const emails = draft.emails.map((email) => email.trim().toLowerCase());
  const bad = emails.filter((email) => !isEmail(email));
  const mine = new Set(me.emails.map((email) => email.toLowerCase()));
  const repeated = emails.filter((email, index) => emails.indexOf(email) !== index);
  if (emails.length > PERSON_LIMITS.emails)
    problems.emails = `That is ${emails.length} addresses; a person has at most ${PERSON_LIMITS.emails} here.`;
  else if (bad.length) problems.emails = `Not an email address: ${bad.join(', ')}`;
  else if (repeated.length) problems.emails = `Listed twice: ${[...new Set(repeated)].join(', ')}`;
  else {
    const own = emails.find((email) => mine.has(email));
    const taken = emails
      .map((email) => ({ email, owner: others.find((person) => person.emails.includes(email)) }))
      .find((entry) => entry.owner);
    if (own) problems.emails = `${own} is your own address (see You, above).`;
    else if (taken?.owner) problems.emails = `${taken.email} already belongs to ${taken.owner.name}.`;
  }

  const aliases = draft.aliases.map(cleanText).filter(Boolean);
  if (aliases.length > PERSON_LIMITS.aliases)
    problems.aliases = `That is ${aliases.length} other names; a person has at most ${PERSON_LIMITS.aliases} here.`;
  else if (aliases.some((alias) => alias.length > PERSON_LIMITS.nameChars))
    problems.aliases = `One of these names is too long (${PERSON_LIMITS.nameChars} characters at most).`;
  return problems;
}

export function hasProblems(problems: PersonProblems): boolean {
  return Boolean(problems.name || problems.emails || problems.aliases);
}

/**
 * Saves new details for an existing person (callers validate first). One transaction: what the
 * prep card saved about them a moment ago (their goals, pressures) is kept.
 */
export async function updatePerson(id: string, draft: PersonDraft, now = Date.now()): Promise<Person | undefined> {
  return people.update(id, (person) => ({
    ...person,
    name: cleanText(draft.name),
    emails: [...new Set(draft.emails.map((email) => email.trim().toLowerCase()).filter(Boolean))],
    aliases: [...new Set(draft.aliases.map(cleanText).filter(Boolean))],
    relation: draft.relation,
    updatedAt: now,
  }));
}

/** Everything that goes when a person goes: what the confirmation counts and Undo restores. */
export interface RemovedPerson {
  person: Person;
  needs: Need[];
  questions: Question[];
  notes: Note[];
  meetings: Meeting[];
  commitments: Commitment[];
  /** Series records as they were before the person's references were taken out. */
  series: SeriesRecord[];
}

export interface PersonData {
  needs: number;
  questions: number;
  notes: number;
  meetings: number;
  commitments: number;
}

const STORES = [
  'people',
  'needs',
  'questions',
  'notes',
  'meetings',
  'series',
  'commitments',
] as const satisfies StoreName[];

/** How much the person's removal would take: counted, not read. */
export async function dataOf(personId: string): Promise<PersonData> {
  const db = await getDb();
  const tx = db.transaction(['needs', 'questions', 'notes', 'meetings', 'commitments']);
  const [needs, questions, notes, meetings, commitments] = await Promise.all([
    tx.objectStore('needs').index('byPerson').count(personId),
    tx.objectStore('questions').index('byPerson').count(personId),
    tx.objectStore('notes').index('byPerson').count(personId),
    tx.objectStore('meetings').index('byPerson').count(personId),
    tx.objectStore('commitments').index('byPerson').count(personId),
  ]);
  return { needs, questions, notes, meetings, commitments };
}

export function totalOf(data: PersonData): number {
  return data.needs + data.questions + data.notes + data.meetings + data.commitments;
}

/** Removes the person and everything filed under them, in one transaction. */
export async function removePerson(personId: string): Promise<RemovedPerson | undefined> {
  const db = await getDb();
  const tx = db.transaction(STORES, 'readwrite');
  const person = await tx.objectStore('people').get(personId);
  if (!person) {
    await tx.done;
    return undefined;
  }
  const [needs, questions, personNotes, meetings, allSeries, commitments] = await Promise.all([
    tx.objectStore('needs').index('byPerson').getAll(personId),
    tx.objectStore('questions').index('byPerson').getAll(personId),
    tx.objectStore('notes').index('byPerson').getAll(personId),
    tx.objectStore('meetings').index('byPerson').getAll(personId),
    tx.objectStore('series').getAll(),
    tx.objectStore('commitments').index('byPerson').getAll(personId),
  ]);
  // Notes filed under one of their meetings go with the meeting, even without a person.
  const meetingIds = new Set(meetings.map((meeting) => meeting.id));
  const meetingNotes = meetingIds.size
    ? (await tx.objectStore('notes').getAll()).filter(
        (note) => note.meetingId && meetingIds.has(note.meetingId) && note.personId !== personId,
      )
    : [];
  const touched = allSeries.filter(
    (record) => record.confirmedPersonId === personId || record.overridePersonId === personId,
  );
  const removed: RemovedPerson = {
    person,
    needs,
    questions,
    notes: [...personNotes, ...meetingNotes],
    meetings,
    commitments,
    series: touched,
  };
  await Promise.all([
    tx.objectStore('people').delete(personId),
    ...needs.map((need) => tx.objectStore('needs').delete(need.id)),
    ...questions.map((question) => tx.objectStore('questions').delete(question.id)),
    ...removed.notes.map((note) => tx.objectStore('notes').delete(note.id)),
    ...meetings.map((meeting) => tx.objectStore('meetings').delete(meeting.id)),
    ...commitments.map((commitment) => tx.objectStore('commitments').delete(commitment.id)),
    ...touched.map((record) => writeSeriesWithout(tx.objectStore('series'), record, personId)),
  ]);
  await tx.done;
  for (const store of STORES) announceChange(store);
  return removed;
}

/**
 * A series keeps what does not point at the removed person: a "never" stays a never,
 * an "always" with them is forgotten, and a record left with nothing is deleted.
 */
function writeSeriesWithout(
  store: { put(value: SeriesRecord): Promise<unknown>; delete(key: string): Promise<unknown> },
  record: SeriesRecord,
  personId: string,
): Promise<unknown> {
  const next: SeriesRecord = { ...record };
  if (next.confirmedPersonId === personId) delete next.confirmedPersonId;
  if (next.overridePersonId === personId) {
    delete next.override;
    delete next.overridePersonId;
  }
  return next.override || next.confirmedPersonId ? store.put(next) : store.delete(record.seriesId);
}

/** Undo: puts back everything `removePerson` took, exactly as it was. */
export async function restorePerson(removed: RemovedPerson): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(STORES, 'readwrite');
  await Promise.all([
    tx.objectStore('people').put(removed.person),
    ...removed.needs.map((need) => tx.objectStore('needs').put(need)),
    ...removed.questions.map((question) => tx.objectStore('questions').put(question)),
    ...removed.notes.map((note) => tx.objectStore('notes').put(note)),
    ...removed.meetings.map((meeting) => tx.objectStore('meetings').put(meeting)),
    // Optional: an Undo kept from before commitments existed has none to put back.
    ...(removed.commitments ?? []).map((commitment) => tx.objectStore('commitments').put(commitment)),
    ...removed.series.map((record) => tx.objectStore('series').put(record)),
  ]);
  await tx.done;
  for (const store of STORES) announceChange(store);
}
