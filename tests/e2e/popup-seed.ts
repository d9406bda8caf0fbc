import type { Page } from '@playwright/test';

/**
 * Writes records straight into the extension's store from one of its pages (the page must
 * have opened the store already, e.g. the popup after it drew). For states a user cannot
 * make quickly by hand: a meeting the calendar reported, thousands of notes.
 */
export function seedStore(page: Page, records: Record<string, unknown[]>): Promise<void> {
  return page.evaluate(
    (byStore) =>
      new Promise<void>((done, failed) => {
        const open = indexedDB.open('upward');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(byStore), 'readwrite');
          for (const [store, values] of Object.entries(byStore)) {
            for (const value of values) tx.objectStore(store).put(value);
          }
          tx.oncomplete = () => {
            db.close();
            // Tell open pages, as the repositories do (lib/db/changes.ts).
            const channel = new BroadcastChannel('upward:db-changes');
            for (const store of Object.keys(byStore)) channel.postMessage({ store });
            channel.close();
            done();
          };
          tx.onerror = () => failed(tx.error);
        };
      }),
    records,
  );
}

/** `YYYY-MM-DDTHH:mm` local wall time, as meetings store their start and end. */
export function wallTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}
