import type { BrowserContext } from '@playwright/test';

/** Local wall time `YYYY-MM-DDTHH:mm`, `minutes` from now (how meetings store their times). */
export function wallIn(minutes: number, now = Date.now()): string {
  const date = new Date(now + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export const DANA = {
  id: 'person-dana',
  name: 'Dana Reyes',
  emails: ['dana@example.com'],
  aliases: [],
  relation: 'manager',
  about: {
    goals: 'Ship the platform',
    pressures: 'SECRET-PRESSURE budget review',
    style: 'Short updates',
    needsFromMe: '',
  },
  createdAt: 1,
  updatedAt: 1,
};

const DAY = 24 * 60;

/** A 1:1 with Dana `minutes` from now (negative: in the past), half an hour long. */
export function oneOnOne(id: string, minutes: number, extra: object = {}) {
  return {
    id,
    seriesId: 'google:series-dana',
    title: 'Dana / Sam',
    start: wallIn(minutes),
    end: wallIn(minutes + 30),
    personId: DANA.id,
    reasons: ['2 guests: you and Dana Reyes'],
    site: 'google',
    ticks: [],
    notes: '',
    updatedAt: Date.now(),
    ...extra,
  };
}

export const need = (id: string, text: string, createdDaysAgo: number, extra: object = {}) => {
  const at = Date.now() - createdDaysAgo * DAY * 60_000;
  return {
    id,
    personId: DANA.id,
    text,
    status: 'open',
    order: Number(id.replace(/\D/g, '')) || 0,
    history: [{ status: 'open', at }],
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
};

/**
 * Writes records straight into the extension's store from one of its pages, then tells every
 * open page (and the background, which re-plans its alarms) what changed, as the repositories do.
 */
export async function seed(context: BrowserContext, extensionId: string, records: Record<string, object[]>) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/history.html`);
  await page.getByLabel('Search your notes').waitFor();
  await page.evaluate(async (byStore) => {
    const open = () =>
      new Promise<IDBDatabase>((done, failed) => {
        const request = indexedDB.open('upward');
        request.onsuccess = () => done(request.result);
        request.onerror = () => failed(request.error);
      });
    let db = await open();
    // The background may still be creating the store (version 4) on a fresh profile.
    for (let i = 0; i < 50 && !db.objectStoreNames.contains('commitments'); i++) {
      db.close();
      await new Promise((r) => setTimeout(r, 100));
      db = await open();
    }
    const tx = db.transaction(Object.keys(byStore), 'readwrite');
    for (const [store, values] of Object.entries(byStore)) for (const value of values) tx.objectStore(store).put(value);
    await new Promise<void>((done, failed) => {
      tx.oncomplete = () => done();
      tx.onerror = () => failed(tx.error);
    });
    db.close();
    const channel = new BroadcastChannel('upward:db-changes');
    for (const store of Object.keys(byStore)) channel.postMessage({ store });
    channel.close();
  }, records);
  await page.close();
}

export { DAY };
