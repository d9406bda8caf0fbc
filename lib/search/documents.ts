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
  /** One document, its id made from its kind, record and field; empty texts are left out. */
  const push = (kind: FoundKind, recordId: string, fields: Omit<SearchDoc, 'id' | 'kind' | 'recordId'>) => {
    const id = fields.field ? `${kind}:${recordId}:${fields.field}` : `${kind}:${recordId}`;
    if (fields.text.trim()) docs.push({ id, kind, recordId, ...fields });
  };
  for (const record of records as readonly unknown[]) {
    switch (store) {
      case 'needs':
      case 'commitments': {
        const item = record as Need | Commitment;
        const kind = store === 'needs' ? 'need' : 'commitment';
        push(kind, item.id, { personId: item.personId, at: item.createdAt, text: item.text });
        break;
      }
      case 'questions': {
        const q = record as Question;
        const where = q.meetingId ? { meetingId: q.meetingId } : {};
        push('question', q.id, { personId: q.personId, at: q.createdAt, text: q.text, ...where });
        if (q.answer) push('answer', q.id, { personId: q.personId, at: q.updatedAt, text: q.answer, ...where });
        break;
      }
      case 'meetings': {
        const m = record as Meeting;
        if (!m.personId) break;
        const at = wallTimeToMs(m.start) ?? m.updatedAt;
        push('meeting', m.id, { personId: m.personId, meetingId: m.id, at, text: m.notes });
        break;
      }
      case 'notes': {
        const n = record as Note;
        const extra = { ...(n.personId && { personId: n.personId }), ...(n.meetingId && { meetingId: n.meetingId }) };
        push('note', n.id, { at: n.createdAt, text: n.text, ...extra });
        break;
      }
      case 'people': {
        const p = record as Person;
        const about = aboutOf(p);
        for (const field of ABOUT_FIELDS)
          push('about', p.id, { personId: p.id, at: p.updatedAt, text: about[field], field });
        break;
      }
    }
  }
  return docs;
}
