import type { StoreKey, StoreNames, StoreValue } from 'idb';
import { TEXT_MAX_CHARS } from '../model';
import { announceChange } from './changes';
import { getDb } from './open';
import type { UpwardDb } from './schema';

/**
 * The reads and writes every store shares. Each repository file builds on this
 * and adds the queries its records need; every write announces itself on the
 * change feed so other open pages refresh.
 */
export function storeRepository<S extends StoreNames<UpwardDb>>(store: S) {
  type Value = StoreValue<UpwardDb, S>;
  type Key = StoreKey<UpwardDb, S>;
  return {
    async get(key: Key): Promise<Value | undefined> {
      return (await getDb()).get(store, key);
    },
    async all(): Promise<Value[]> {
      return (await getDb()).getAll(store);
    },
    async count(): Promise<number> {
      return (await getDb()).count(store);
    },
    async put(value: Value): Promise<Value> {
      await (await getDb()).put(store, value);
      announceChange(store);
      return value;
    },
    /**
     * Reads and rewrites one record in a single transaction, so two pages editing at once
     * (the card, the popup, the background re-recording the week) never write back a stale
     * copy. `change` returns undefined for "nothing to do". Resolves with the record as it
     * now is (undefined when there is none). With `gone`, a missing record is an error saying
     * so: what the user just typed into it was not saved, and must not read as "Saved".
     */
    async update(key: Key, change: (value: Value) => Value | undefined, gone?: string): Promise<Value | undefined> {
      const tx = (await getDb()).transaction(store, 'readwrite');
      const value = await tx.store.get(key);
      if (!value && gone) {
        await tx.done;
        throw new Error(gone);
      }
      const next = value && change(value);
      if (next) await tx.store.put(next);
      await tx.done;
      if (next) announceChange(store);
      return next ?? value;
    },
    /**
     * `update` for a record that may not exist yet, in one transaction: `change` gets undefined
     * when there is none, and returns the new record, `null` to delete it, or undefined for
     * "nothing to do". Resolves with the record before and after.
     */
    async edit(
      key: Key,
      change: (value: Value | undefined) => Value | null | undefined,
    ): Promise<{ before?: Value; after?: Value }> {
      const tx = (await getDb()).transaction(store, 'readwrite');
      const before = await tx.store.get(key);
      const next = change(before);
      if (next) await tx.store.put(next);
      else if (next === null && before) await tx.store.delete(key);
      await tx.done;
      const changed = next !== undefined && (next !== null || before !== undefined);
      if (changed) announceChange(store);
      return { before, after: next === undefined ? before : (next ?? undefined) };
    },
    async delete(key: Key): Promise<void> {
      await (await getDb()).delete(store, key);
      announceChange(store);
    },
  };
}

export function newId(): string {
  return crypto.randomUUID();
}

/**
 * Refuses text longer than a backup takes (TEXT_MAX_CHARS), so what the card saves always
 * imports again. Throws a sentence for the user; the card keeps the last words saved.
 */
export function checkLength(text: string, what: string): string {
  if (text.length > TEXT_MAX_CHARS)
    throw new Error(
      `${what} is too long to save: ${text.length.toLocaleString('en')} characters, at most ${TEXT_MAX_CHARS.toLocaleString('en')}. The last words saved are kept.`,
    );
  return text;
}

/** Trims and collapses a user's entry; empty means "nothing to save". */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
