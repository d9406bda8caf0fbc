import type { PersonAbout } from '../model';
import type { CardStore } from './card-store';

/**
 * The last line of defence for "nothing lost if the tab closes mid-word".
 *
 * IndexedDB writes are asynchronous: a keystroke's write that has not started when
 * the page goes away (the tab closed a few milliseconds after typing) never happens.
 * So each value typed is also noted synchronously in this page's localStorage (same
 * private extension origin) before its write is asked for, and removed once it is on
 * disk. The next prep card to open replays whatever is still noted. Entries only
 * live for the milliseconds a write takes, except after a close mid-write.
 *
 * Field names are the save tracker's: `need:<id>:text`, `question:<id>:text`,
 * `question:<id>:answer`, `meeting:<id>:notes`, `person:<id>:<about field>`, `commitment:<id>:text`.
 */
const PREFIX = 'upward:unsaved:';

export interface UnsavedEntry {
  value: string;
  at: number;
  /** For answers: the meeting they were given in. */
  meetingId?: string;
}

export function noteUnsaved(storage: Storage, field: string, entry: UnsavedEntry): void {
  try {
    storage.setItem(PREFIX + field, JSON.stringify(entry));
  } catch {
    // Storage full or unavailable: the IndexedDB write still goes ahead as normal.
  }
}

/** Forgets the entry once `value` is on disk (unless a newer value was noted since). */
export function forgetUnsaved(storage: Storage, field: string, value: string): void {
  try {
    const raw = storage.getItem(PREFIX + field);
    if (raw && (JSON.parse(raw) as UnsavedEntry).value === value) storage.removeItem(PREFIX + field);
  } catch {
    // Nothing to forget.
  }
}

const ABOUT_FIELDS: ReadonlySet<string> = new Set<keyof PersonAbout>(['goals', 'pressures', 'style', 'needsFromMe']);

/** Writes one noted value, unless the record changed after it was typed (a newer edit wins). */
async function replay(store: CardStore, field: string, entry: UnsavedEntry): Promise<void> {
  const first = field.indexOf(':');
  const last = field.lastIndexOf(':');
  if (first < 0 || last <= first) return;
  const kind = field.slice(0, first);
  const id = field.slice(first + 1, last);
  const part = field.slice(last + 1);
  // Gone, or edited after this was typed (elsewhere, or this very write landed): leave it.
  // Replays write with the time it was typed, so two noted fields of one record both land.
  const skip = (record: { updatedAt: number } | undefined) => !record || record.updatedAt > entry.at;
  if (kind === 'need' && part === 'text') {
    if (!skip(await store.call('needs.get', id))) await store.call('needs.setText', id, entry.value, entry.at);
  } else if (kind === 'question' && (part === 'text' || part === 'answer')) {
    if (skip(await store.call('questions.get', id))) return;
    if (part === 'text') await store.call('questions.setText', id, entry.value, entry.at);
    else await store.call('questions.answer', id, entry.value, { meetingId: entry.meetingId, now: entry.at });
  } else if (kind === 'meeting' && part === 'notes') {
    if (!skip(await store.call('meetings.get', id))) await store.call('meetings.setNotes', id, entry.value, entry.at);
  } else if (kind === 'commitment' && part === 'text') {
    if (!skip(await store.call('commitments.get', id)))
      await store.call('commitments.setText', id, entry.value, entry.at);
  } else if (kind === 'person' && ABOUT_FIELDS.has(part)) {
    if (!skip(await store.call('people.get', id)))
      await store.call('people.setAbout', id, part as keyof PersonAbout, entry.value, entry.at);
  }
}

/** Replays every noted value still waiting (from a page that closed mid-write). Returns how many. */
export async function replayUnsaved(storage: Storage, store: CardStore): Promise<number> {
  const waiting: Array<[string, UnsavedEntry]> = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      waiting.push([key, JSON.parse(storage.getItem(key) ?? '') as UnsavedEntry]);
    } catch {
      storage.removeItem(key);
    }
  }
  let replayed = 0;
  for (const [key, entry] of waiting) {
    try {
      await replay(store, key.slice(PREFIX.length), entry);
      replayed++;
    } catch {
      // A refused value (say, blank) or a record that is gone: nothing more to do with it.
    }
    // Only forget what is unchanged: a card open right now may have noted a newer value.
    if (storage.getItem(key) === JSON.stringify(entry)) storage.removeItem(key);
  }
  return replayed;
}
