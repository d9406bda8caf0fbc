import type { Note } from '../model';
import { getDb } from './open';
import { newId, storeRepository } from './store';

const base = storeRepository('notes');

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
    const note: Note = { id: newId(), text, createdAt: now };
    if (input.personId) note.personId = input.personId;
    if (input.meetingId) note.meetingId = input.meetingId;
    return base.put(note);
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
