import MiniSearch from 'minisearch';
import { historyHref } from '../history/page';
import { documentsOf, type SearchDoc, type SearchedRecords, type SearchedStore } from './documents';
import { fold, words } from './text';

/** One result: the document, the folded words in it that matched, its score. */
export interface Hit {
  doc: SearchDoc;
  matched: Set<string>;
  score: number;
}

export interface Found {
  /** How many documents matched in all. */
  total: number;
  /** The best `limit` of them. */
  hits: Hit[];
}

/**
 * Everything the user wrote, indexed in memory once per page (MiniSearch: an inverted index
 * with prefix search). A keystroke searches the index only, never the store. When a store
 * changes, only that store is read again and only documents whose text changed are replaced.
 */
export class NotesIndex {
  private readonly engine = new MiniSearch<SearchDoc>({
    fields: ['text'],
    storeFields: [],
    tokenize: words,
    processTerm: (term) => fold(term) || null,
    searchOptions: {
      combineWith: 'AND',
      // As you type: the word being typed (the last one) matches as a prefix, finished ones whole.
      prefix: (_term, index, terms) => index === terms.length - 1,
    },
  });
  private readonly docs = new Map<string, SearchDoc>();
  private readonly byStore = new Map<SearchedStore, Set<string>>();

  get size(): number {
    return this.docs.size;
  }

  /** Makes the index hold exactly these records of `store`. Returns how many documents changed. */
  setStore<S extends SearchedStore>(store: S, records: readonly SearchedRecords[S][]): number {
    const next = documentsOf(store, records);
    const before = this.byStore.get(store) ?? new Set<string>();
    const now = new Set<string>();
    let changed = 0;
    for (const doc of next) {
      now.add(doc.id);
      const old = this.docs.get(doc.id);
      if (old && old.text === doc.text) {
        // Same words: keep the index entry, refresh what is shown (person, time, meeting).
        this.docs.set(doc.id, doc);
        continue;
      }
      if (old) this.engine.replace(doc);
      else this.engine.add(doc);
      this.docs.set(doc.id, doc);
      changed++;
    }
    for (const id of before) {
      if (now.has(id)) continue;
      this.engine.discard(id);
      this.docs.delete(id);
      changed++;
    }
    this.byStore.set(store, now);
    return changed;
  }

  /** The best `limit` matches for what was typed (every word must match; the last as a prefix). */
  search(query: string, limit = 50): Found {
    if (!words(query).some((word) => fold(word))) return { total: 0, hits: [] };
    const results = this.engine.search(query);
    const hits: Hit[] = [];
    for (const result of results.slice(0, limit)) {
      const doc = this.docs.get(result.id as string);
      if (doc) hits.push({ doc, matched: new Set(result.terms), score: result.score });
    }
    return { total: results.length, hits };
  }
}

export interface PersonGroup {
  personId: string | null;
  hits: Hit[];
}

/** Results grouped by person (the group with the best result first), newest first within each. */
export function groupByPerson(hits: readonly Hit[]): PersonGroup[] {
  const groups = new Map<string | null, Hit[]>();
  for (const hit of hits) {
    const key = hit.doc.personId ?? null;
    const list = groups.get(key);
    if (list) list.push(hit);
    else groups.set(key, [hit]);
  }
  return [...groups].map(([personId, list]) => ({ personId, hits: [...list].sort((a, b) => b.doc.at - a.doc.at) }));
}

/**
 * Where a result opens in context: the history page of its person, at its place there
 * (`#need-…`, `#meeting-…`, `#commitment-…`, `#note-…`, `#question-…`, `#about`).
 */
export function contextHref(doc: SearchDoc): string {
  const person = doc.personId ?? 'none';
  const anchor =
    doc.kind === 'about'
      ? 'about'
      : doc.kind === 'meeting'
        ? `meeting-${doc.recordId}`
        : (doc.kind === 'question' || doc.kind === 'answer') && doc.meetingId
          ? `meeting-${doc.meetingId}`
          : doc.kind === 'answer'
            ? `question-${doc.recordId}`
            : `${doc.kind}-${doc.recordId}`;
  return `${historyHref(person)}#${anchor}`;
}
