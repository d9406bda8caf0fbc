/**
 * Functions both browser suites run inside a page or an extension context (Playwright's
 * `evaluate` in Chromium, puppeteer's in Firefox): passed as they are, so they must close over
 * nothing.
 */

/** A whole store of the extension's database; never creates the database (that is the extension's job). */
export function readStoreInPage<T>(name: string): Promise<T[]> {
  return new Promise<T[]>((done, failed) => {
    const open = indexedDB.open('upward');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? done([]) : failed(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(name)) {
        db.close();
        return done([]);
      }
      const all = db.transaction(name).objectStore(name).getAll();
      all.onsuccess = () => {
        db.close();
        done(all.result as T[]);
      };
      all.onerror = () => failed(all.error);
    };
  });
}

/** What has focus on the calendar page: a badge host, the card's host, or the tag name. */
export function focusedThingInPage(): string {
  const active = document.activeElement;
  if (!active) return 'none';
  if (active.tagName === 'UPWARD-BADGE') return 'badge';
  if (active.tagName === 'UPWARD-PREP') return 'card';
  return active.tagName.toLowerCase();
}

/**
 * A card is open on the calendar page: a frame host shown (the card kept ready waits hidden,
 * `data-ready`, out of sight or beside the badge last reached).
 */
export function cardIsOpenInPage(): boolean {
  return [...document.querySelectorAll('upward-prep')].some((host) => !host.hasAttribute('data-ready'));
}
