import type { PersonAbout } from '../model';
import type { CardStore } from './card-store';

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
 * milliseconds a write takes; the background restricts the area to Upward's own pages
 * (`setAccessLevel`, where the browser has it), so content scripts cannot read it.
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

/**
 * Notes a value before its write is sent (the storage request leaves at once, in the same
 * event). Returns the note's key, for `forgetUnsaved` once the value is written.
 */
export function noteUnsaved(area: NoteArea, field: string, entry: UnsavedEntry): string {
  const key = `${PREFIX}${field}#${entry.at}.${++noted}`;
  area.set({ [key]: entry }).catch(() => {
    // Storage unavailable: the write itself still goes ahead as normal.
  });
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
export async function replayUnsaved(area: NoteArea, store: CardStore): Promise<number> {
  const all = await area.get(null);
  const newest = new Map<string, { key: string; entry: UnsavedEntry }>();
  const read: string[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    read.push(key);
    const entry = raw as Partial<UnsavedEntry> | null;
    const field = key.slice(PREFIX.length, key.lastIndexOf('#'));
    if (typeof entry?.value !== 'string' || typeof entry.at !== 'number' || !field) continue;
    const known = newest.get(field);
    if (!known || known.entry.at <= entry.at) newest.set(field, { key, entry: entry as UnsavedEntry });
  }
  let replayed = 0;
  for (const [field, { entry }] of newest) {
    try {
      if (await replay(store, field, entry)) replayed++;
    } catch {
      // A refused value (say, blank) or a record that is gone: nothing more to do with it.
    }
  }
  if (read.length) await area.remove(read).catch(() => undefined);
  return replayed;
}
