import { getDb } from '../db';
import { SEARCHED_STORES, type SearchedRecords, type SearchedStore } from './documents';
import type { NotesIndex } from './notes-index';

/** Fills the index from the store: one read-only transaction, one `getAll` per searched store. */
export async function fillIndex(index: NotesIndex): Promise<void> {
  const tx = (await getDb()).transaction([...SEARCHED_STORES]);
  const all = await Promise.all(SEARCHED_STORES.map((store) => tx.objectStore(store).getAll()));
  await tx.done;
  SEARCHED_STORES.forEach((store, i) => {
    index.setStore(store, (all[i] ?? []) as SearchedRecords[typeof store][]);
  });
}

/** After a change in one store: that store is read again, and only it. */
export async function refreshStore(index: NotesIndex, store: SearchedStore): Promise<void> {
  const records = await (await getDb()).getAll(store);
  index.setStore(store, records as SearchedRecords[typeof store][]);
}
