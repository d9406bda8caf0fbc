import type { BrowserContext, Page } from '@playwright/test';

/**
 * Seeding the prep card's data straight into the extension's IndexedDB, from an
 * extension page (the store lives in the extension's origin). The page first opens
 * prep.html so the extension itself creates the database at its current version.
 */

/** A local wall time `YYYY-MM-DDTHH:mm`, `minutes` from now (the calendar's format). */
export function wallTime(minutesFromNow: number, now = Date.now()): string {
  const date = new Date(now + minutesFromNow * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export interface Seed {
  people?: object[];
  meetings?: object[];
  needs?: object[];
  questions?: object[];
  notes?: object[];
  series?: object[];
}

export function meetingRecord(id: string, personId: string | null, minutesFromNow: number, extra: object = {}) {
  return {
    id,
    seriesId: 'google:series-dana',
    title: 'Dana / Sam',
    start: wallTime(minutesFromNow),
    end: wallTime(minutesFromNow + 30),
    personId,
    reasons: ['2 guests: you and Dana Reyes', "title matches 'Dana / Sam'"],
    site: 'google',
    ticks: [],
    notes: '',
    updatedAt: Date.now(),
    ...extra,
  };
}

export const DANA = {
  id: 'person-dana',
  name: 'Dana Reyes',
  emails: ['dana@example.com'],
  aliases: [],
  relation: 'manager',
  createdAt: 1,
  updatedAt: 1,
};

/** Opens an extension page, waits for the database and the default checklist, and writes `seed`. */
export async function seedStore(context: BrowserContext, extensionId: string, seed: Seed): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/prep.html?meeting=seeding&mode=tab`);
  await page.getByText('Upward has no record of this meeting yet', { exact: false }).waitFor();
  await page.evaluate(async (records: Seed) => {
    const openDb = () =>
      new Promise<IDBDatabase>((done, failed) => {
        const open = indexedDB.open('upward');
        open.onsuccess = () => done(open.result);
        open.onerror = () => failed(open.error);
      });
    const count = (db: IDBDatabase, store: string) =>
      new Promise<number>((done) => {
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => done(request.result);
      });
    const db = await openDb();
    // The background writes the default checklist on install; wait for it (up to 5 s).
    for (let i = 0; i < 50 && (await count(db, 'checklist')) === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const stores = Object.keys(records) as (keyof Seed)[];
    const tx = db.transaction(stores, 'readwrite');
    for (const store of stores) for (const record of records[store] ?? []) tx.objectStore(store).put(record);
    await new Promise<void>((done, failed) => {
      tx.oncomplete = () => done();
      tx.onerror = () => failed(tx.error);
    });
    db.close();
  }, seed);
  await page.close();
}

export async function openCard(page: Page, extensionId: string, meetingId: string, query = '&mode=tab') {
  await page.goto(`chrome-extension://${extensionId}/prep.html?meeting=${encodeURIComponent(meetingId)}${query}`);
}
