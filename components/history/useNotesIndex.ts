import { useEffect, useMemo, useState } from 'preact/hooks';
import { watchChanges } from '../../lib/db';
import { SEARCHED_STORES, type SearchedStore } from '../../lib/search/documents';
import { fillIndex, refreshStore } from '../../lib/search/load';
import { NotesIndex } from '../../lib/search/notes-index';

export const INDEX_READY = 'upward:search-index-ready';

export type IndexState =
  | { status: 'loading' }
  | { status: 'ready'; version: number }
  | { status: 'error'; error: string };

/**
 * The page's search index: filled once when the page opens, then kept current store by store
 * as any page writes (changes that arrive together are read once). `version` changes with
 * each update, so results are searched again.
 */
export function useNotesIndex(): { index: NotesIndex; state: IndexState } {
  const index = useMemo(() => new NotesIndex(), []);
  const [state, setState] = useState<IndexState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let version = 0;
    let ready = false;
    const waiting = new Set<SearchedStore>();
    let draining = false;
    const drain = async () => {
      if (draining) return;
      draining = true;
      while (waiting.size && live) {
        const stores = [...waiting];
        waiting.clear();
        try {
          for (const store of stores) await refreshStore(index, store);
        } catch (error) {
          console.error('Upward: could not refresh the search index', error);
        }
        if (live) setState({ status: 'ready', version: ++version });
      }
      draining = false;
    };
    const stop = watchChanges(SEARCHED_STORES, ({ store }) => {
      waiting.add(store as SearchedStore);
      if (ready) void drain();
    });
    fillIndex(index).then(
      () => {
        ready = true;
        // For the search benchmark: how long filling the index took from page start.
        performance.mark(INDEX_READY, { detail: index.size });
        if (!live) return;
        setState({ status: 'ready', version: ++version });
        if (waiting.size) void drain();
      },
      (error: unknown) => live && setState({ status: 'error', error: String(error) }),
    );
    return () => {
      live = false;
      stop();
    };
  }, [index]);
  return { index, state };
}
