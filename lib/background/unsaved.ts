import { openDB } from 'idb';
import { browser } from 'wxt/browser';
import { localCardStore } from '../prep/local-store';
import { newNoteKey, noteSeal } from '../prep/note-seal';
import { type NoteArea, replayUnsaved } from '../prep/unsaved';

/**
 * The key that seals the card's notes of what is being typed (lib/prep/note-seal.ts). Kept in a
 * small database of its own, opened only here: it must outlive an extension update (session
 * storage does not), stay out of reach of content scripts (extension storage is not), and stay
 * out of backups (it protects nothing once the notes it sealed are written).
 */
const KEY_DB = 'upward-card-notes';

let key: Promise<string> | undefined;

export function cardNoteKey(): Promise<string> {
  key ??= (async () => {
    const db = await openDB(KEY_DB, 1, { upgrade: (upgrade) => void upgrade.createObjectStore('keys') });
    try {
      const tx = db.transaction('keys', 'readwrite');
      const stored = (await tx.store.get('seal')) as string | undefined;
      const value = stored ?? newNoteKey();
      if (!stored) await tx.store.put(value, 'seal');
      await tx.done;
      return value;
    } finally {
      db.close();
    }
  })().catch((error: unknown) => {
    key = undefined;
    throw error;
  });
  return key;
}

/** On every start of the background: write what a card noted when the background went away before writing it. */
export async function replayCardNotes(): Promise<void> {
  try {
    const seal = await noteSeal(await cardNoteKey());
    await replayUnsaved(browser.storage.local as unknown as NoteArea, localCardStore(), seal);
  } catch (error) {
    console.error('Upward: could not write what a closed card had noted', error);
  }
}
