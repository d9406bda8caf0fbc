import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { ALL_LABEL_WORDS } from '../../lib/calendar/locale/all-words';
import { useLabelWords } from '../../lib/calendar/locale/words';
import { closeDb } from '../../lib/db';

// Label readers get their word tables installed, as the content script does from storage.
useLabelWords(ALL_LABEL_WORDS);

// Every test gets its own empty IndexedDB and a fresh cached connection.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDb();
});
