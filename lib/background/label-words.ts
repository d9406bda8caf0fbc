import { browser } from 'wxt/browser';
import { ALL_LABEL_WORDS } from '../calendar/locale/all-words';
import { LABEL_WORDS_KEY } from '../calendar/locale/words';

/**
 * Hands the label word tables to the content scripts through extension storage: the tables of
 * every language would not fit in a content script's size budget, and storage is read once per
 * page. Written on install, update and browser start, so a new version's tables replace the old.
 */
export async function publishLabelWords(): Promise<void> {
  // Through JSON: the vocabularies are built (from this browser's Intl) as they are written.
  await browser.storage.local.set({ [LABEL_WORDS_KEY]: JSON.parse(JSON.stringify(ALL_LABEL_WORDS)) });
}
