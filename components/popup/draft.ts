import { browser } from 'wxt/browser';

/**
 * The quick-note box's text survives the popup closing (a click outside closes it, text and
 * all). It is kept in `storage.session`: in memory only, never written to disk, gone when the
 * browser quits, and readable only by Upward's own pages.
 */
const KEY = 'upward:quick-note-draft';

export async function readDraft(): Promise<string> {
  try {
    const stored = await browser.storage.session.get(KEY);
    const text = stored[KEY];
    return typeof text === 'string' ? text : '';
  } catch {
    // No session storage (an older browser): the draft simply is not kept.
    return '';
  }
}

export function saveDraft(text: string): void {
  const area = browser.storage.session as typeof browser.storage.session | undefined;
  if (!area) return;
  (text ? area.set({ [KEY]: text }) : area.remove(KEY)).catch(() => {});
}
