import type { QuickNoteKind } from '../model';
import { needs } from './needs';
import { notes } from './notes';
import { getDb } from './open';
import { questions } from './questions';

/** One line of the popup's "Recent" list: a note, a need or a question, whichever was filed. */
export interface RecentItem {
  kind: QuickNoteKind;
  id: string;
  text: string;
  personId?: string;
  createdAt: number;
}

const STORES = { note: 'notes', need: 'needs', question: 'questions' } as const;

/**
 * The newest `limit` items across notes, needs and questions, newest first. Each store is
 * walked backwards through its `byCreatedAt` index and stops after `limit` records, so the
 * cost does not grow with the store: at most 3 × limit records are read, in one transaction.
 */
export async function recentItems(limit: number): Promise<RecentItem[]> {
  if (limit <= 0) return [];
  const tx = (await getDb()).transaction(['notes', 'needs', 'questions']);
  const newest = async (kind: QuickNoteKind): Promise<RecentItem[]> => {
    const found: RecentItem[] = [];
    let cursor = await tx.objectStore(STORES[kind]).index('byCreatedAt').openCursor(null, 'prev');
    while (cursor) {
      const { id, text, personId, createdAt } = cursor.value;
      found.push(personId ? { kind, id, text, personId, createdAt } : { kind, id, text, createdAt });
      if (found.length >= limit) break;
      cursor = await cursor.continue();
    }
    return found;
  };
  const [newestNotes, newestNeeds, newestQuestions] = await Promise.all([
    newest('note'),
    newest('need'),
    newest('question'),
  ]);
  await tx.done;
  return [...newestNotes, ...newestNeeds, ...newestQuestions].sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
}

/**
 * Files what the popup parsed with the right repository: a need or a question for a person,
 * or a note for a person or nobody. Returns it as a recent item, ready for Undo.
 */
export async function fileQuickNote(kind: QuickNoteKind, text: string, personId: string): Promise<RecentItem> {
  if (kind === 'note') {
    const note = await notes.add(personId ? { text, personId } : { text });
    return { kind, id: note.id, text: note.text, createdAt: note.createdAt, ...(personId && { personId }) };
  }
  if (!personId) throw new Error(`A ${kind} belongs to a person: pick who it is for.`);
  const filed = kind === 'need' ? await needs.add(personId, text) : await questions.add(personId, text);
  return { kind, id: filed.id, text: filed.text, personId, createdAt: filed.createdAt };
}

/** Takes back something just filed (the popup's Undo). Returns whether it was still there. */
export async function deleteRecentItem(item: Pick<RecentItem, 'kind' | 'id'>): Promise<boolean> {
  const repository = { note: notes, need: needs, question: questions }[item.kind];
  if (!(await repository.get(item.id))) return false;
  // Through the repository, so other open pages (a prep card) hear about it and refresh.
  await repository.delete(item.id);
  return true;
}
