import type { Note } from '../model';
import { getDb } from './open';
import { newId, storeRepository } from './store';

const base = storeRepository('notes');

/**
 * A backstop, not the user-facing limit (the popup refuses past 10,000 characters and keeps the
 * text in its box): nothing writes a single note bigger than this into the store.
 */
const NOTE_MAX_UNITS = 100_000;

export interface NoteInput {
  text: string;
  personId?: string;
  meetingId?: string;
}

export const notes = {
  ...base,
  async add(input: NoteInput, now = Date.now()): Promise<Note> {
    // Notes keep the user's own line breaks; only the ends are trimmed.
    const text = input.text.trim();
    if (!text) throw new Error('A note needs some words.');
    if (text.length > NOTE_MAX_UNITS) throw new Error('This note is too long to save as one entry.');
    const note: Note = { id: newId(), text, createdAt: now };
    if (input.personId) note.personId = input.personId;
    if (input.meetingId) note.meetingId = input.meetingId;
    return base.put(note);
  },
  /**
   * One person's notes filed at or after `since` (a time in ms; 0 for all), newest first:
   * what the prep card shows as "since your last 1:1".
   */
  async forPerson(personId: string, since = 0): Promise<Note[]> {
    const list = await (await getDb()).getAllFromIndex('notes', 'byPerson', personId);
    return list.filter((note) => note.createdAt >= since).sort((a, b) => b.createdAt - a.createdAt);
  },
  /** Newest first, reading only `limit` records through the time index (never the whole store). */
  async recent(limit: number): Promise<Note[]> {
    const db = await getDb();
    const found: Note[] = [];
    let cursor = await db.transaction('notes').store.index('byCreatedAt').openCursor(null, 'prev');
    while (cursor && found.length < limit) {
      found.push(cursor.value);
      cursor = await cursor.continue();
    }
    return found;
  },
};
