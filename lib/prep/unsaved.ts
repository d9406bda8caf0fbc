import type { PersonAbout } from '../model';
import type { CardStore } from './card-store';
import type { NoteSeal } from './note-seal';

/**
 * The last line of defence for "nothing typed is lost when the card goes away".
 *
 * Each value typed is handed to the background at once (saving.ts), and the background writes
 * it even when the card is gone by then. What it cannot survive is the background itself going
 * away with the message unhandled: an extension update unloads it at once. So each value is
 * also noted, as it is typed, in the extension's own `storage.local` (the card's frame is a
 * third-party context with no web storage of its own; extension storage is not partitioned and
 * outlives an update), and the note is removed once the value is on disk. Notes left behind by
 * a card that went away mid-write are written by the background when it next starts, unless
 * the record was changed after the value was typed. A note normally lives for the few
 * milliseconds a write takes. Content scripts can read that storage area (Upward's reads its
 * label tables there), so a note holds the value sealed with a key only the background and the
 * card have (note-seal.ts).
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

/** The part of `browser.storage.local` the notes use. */
export interface NoteArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

let noted = 0;

/** What is stored for a note: when it was typed, and the entry sealed (note-seal.ts). */
interface StoredNote {
  at: number;
  sealed: string;
}

/**
 * Notes a value before its write is sent, sealed so only Upward can read it back. Resolves with
 * the note's key, for `forgetUnsaved` once the value is written.
 */
export async function noteUnsaved(area: NoteArea, field: string, entry: UnsavedEntry, seal: NoteSeal): Promise<string> {
  const key = `${PREFIX}${field}#${entry.at}.${++noted}`;
  try {
    await area.set({ [key]: { at: entry.at, sealed: await seal.seal(JSON.stringify(entry)) } satisfies StoredNote });
  } catch {
    // Storage unavailable: the write itself still goes ahead as normal.
  }
  return key;
}

/** Removes a note once its value is on disk. */
export function forgetUnsaved(area: NoteArea, key: string): void {
  area.remove(key).catch(() => {
    // Left for the next replay, which finds the record already changed and only removes it.
  });
}

const ABOUT_FIELDS: ReadonlySet<string> = new Set<keyof PersonAbout>(['goals', 'pressures', 'style', 'needsFromMe']);

/** Writes one noted value, unless the record changed after it was typed (a newer edit wins). */
async function replay(store: CardStore, field: string, entry: UnsavedEntry): Promise<boolean> {
  const first = field.indexOf(':');
  const last = field.lastIndexOf(':');
  if (first < 0 || last <= first) return false;
  const kind = field.slice(0, first);
  const id = field.slice(first + 1, last);
  const part = field.slice(last + 1);
  // Gone, or edited after this was typed (elsewhere, or this very write landed): leave it.
  // Replays write with the time it was typed, so two noted fields of one record both land.
  const skip = (record: { updatedAt: number } | undefined) => !record || record.updatedAt > entry.at;
  if (kind === 'need' && part === 'text') {
    if (skip(await store.call('needs.get', id))) return false;
    await store.call('needs.setText', id, entry.value, entry.at);
  } else if (kind === 'question' && (part === 'text' || part === 'answer')) {
    if (skip(await store.call('questions.get', id))) return false;
    if (part === 'text') await store.call('questions.setText', id, entry.value, entry.at);
    else await store.call('questions.answer', id, entry.value, { meetingId: entry.meetingId, now: entry.at });
  } else if (kind === 'meeting' && part === 'notes') {
    if (skip(await store.call('meetings.get', id))) return false;
    await store.call('meetings.setNotes', id, entry.value, entry.at);
  } else if (kind === 'commitment' && part === 'text') {
    if (skip(await store.call('commitments.get', id))) return false;
    await store.call('commitments.setText', id, entry.value, entry.at);
  } else if (kind === 'person' && ABOUT_FIELDS.has(part)) {
    if (skip(await store.call('people.get', id))) return false;
    await store.call('people.setAbout', id, part as keyof PersonAbout, entry.value, entry.at);
  } else return false;
  return true;
}

/** Replays what cards left noted (the newest note per field) and removes every note read. Returns how many were written. */
export async function replayUnsaved(area: NoteArea, store: CardStore, seal: NoteSeal): Promise<number> {
  const all = await area.get(null);
  const newest = new Map<string, { at: number; sealed: string }>();
  const read: string[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    read.push(key);
    const note = raw as Partial<StoredNote> | null;
    const field = key.slice(PREFIX.length, key.lastIndexOf('#'));
    if (typeof note?.sealed !== 'string' || typeof note.at !== 'number' || !field) continue;
    const known = newest.get(field);
    if (!known || known.at <= note.at) newest.set(field, { at: note.at, sealed: note.sealed });
  }
  let replayed = 0;
  for (const [field, note] of newest) {
    try {
      const opened = await seal.open(note.sealed);
      const entry = opened === null ? null : (JSON.parse(opened) as Partial<UnsavedEntry>);
      if (typeof entry?.value !== 'string' || typeof entry.at !== 'number') continue;
      if (await replay(store, field, entry as UnsavedEntry)) replayed++;
    } catch {
      // A refused value (say, blank) or a record that is gone: nothing more to do with it.
    }
  }
  if (read.length) await area.remove(read).catch(() => undefined);
  return replayed;
}
