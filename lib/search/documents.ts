import type { Commitment, Meeting, Need, Note, Person, Question } from '../model';
import { aboutOf } from '../model';
import { wallTimeToMs } from '../wall-time';

/** What kind of thing a search result is, in the words the results list uses. */
export type FoundKind = 'need' | 'question' | 'answer' | 'commitment' | 'meeting' | 'note' | 'about';

/** One searchable text: a record, or one field of it (a question's answer, one "about them" field). */
export interface SearchDoc {
  /** Unique across the index: `<kind>:<record id>[:<field>]`. */
  id: string;
  kind: FoundKind;
  recordId: string;
  personId?: string;
  /** The meeting it belongs to, when it has one (opens in context there). */
  meetingId?: string;
  /** When it was written or happened, ms. */
  at: number;
  text: string;
  /** For "about them": which field. */
  field?: string;
}

/** The stores search reads, and how each store's records become documents. */
export const SEARCHED_STORES = ['needs', 'questions', 'commitments', 'meetings', 'notes', 'people'] as const;
export type SearchedStore = (typeof SEARCHED_STORES)[number];

export interface SearchedRecords {
  needs: Need;
  questions: Question;
  commitments: Commitment;
  meetings: Meeting;
  notes: Note;
  people: Person;
}

const ABOUT_FIELDS = ['goals', 'pressures', 'style', 'needsFromMe'] as const;

export function documentsOf<S extends SearchedStore>(store: S, records: readonly SearchedRecords[S][]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const push = (doc: SearchDoc) => {
    if (doc.text.trim()) docs.push(doc);
  };
  for (const record of records as readonly unknown[]) {
    switch (store) {
      case 'needs': {
        const need = record as Need;
        push({
          id: `need:${need.id}`,
          kind: 'need',
          recordId: need.id,
          personId: need.personId,
          at: need.createdAt,
          text: need.text,
        });
        break;
      }
      case 'questions': {
        const q = record as Question;
        const where = q.meetingId ? { meetingId: q.meetingId } : {};
        push({
          id: `question:${q.id}`,
          kind: 'question',
          recordId: q.id,
          personId: q.personId,
          at: q.createdAt,
          text: q.text,
          ...where,
        });
        if (q.answer)
          push({
            id: `answer:${q.id}`,
            kind: 'answer',
            recordId: q.id,
            personId: q.personId,
            at: q.updatedAt,
            text: q.answer,
            ...where,
          });
        break;
      }
      case 'commitments': {
        const c = record as Commitment;
        push({
          id: `commitment:${c.id}`,
          kind: 'commitment',
          recordId: c.id,
          personId: c.personId,
          at: c.createdAt,
          text: c.text,
        });
        break;
      }
      case 'meetings': {
        const m = record as Meeting;
        if (!m.personId) break;
        const at = wallTimeToMs(m.start) ?? m.updatedAt;
        push({
          id: `meeting:${m.id}`,
          kind: 'meeting',
          recordId: m.id,
          personId: m.personId,
          meetingId: m.id,
          at,
          text: m.notes,
        });
        break;
      }
      case 'notes': {
        const n = record as Note;
        const extra = { ...(n.personId && { personId: n.personId }), ...(n.meetingId && { meetingId: n.meetingId }) };
        push({ id: `note:${n.id}`, kind: 'note', recordId: n.id, at: n.createdAt, text: n.text, ...extra });
        break;
      }
      case 'people': {
        const p = record as Person;
        const about = aboutOf(p);
        for (const field of ABOUT_FIELDS)
          push({
            id: `about:${p.id}:${field}`,
            kind: 'about',
            recordId: p.id,
            personId: p.id,
            at: p.updatedAt,
            text: about[field],
            field,
          });
        break;
      }
    }
  }
  return docs;
}
