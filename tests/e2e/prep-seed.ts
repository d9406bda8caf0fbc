import type { BrowserContext, Page } from '@playwright/test';
import type { Meeting, Person } from '../../lib/model';
import { DANA as KIT_DANA, meeting } from '../support/records';
import { type Seed, seedThroughImport } from '../support/seed.mjs';

/** The prep card's data for its E2E tests, seeded through the extension's own import. */

/** A local wall time `YYYY-MM-DDTHH:mm`, `minutes` from now (the calendar's format). */
export function wallTime(minutesFromNow: number, now = Date.now()): string {
  const date = new Date(now + minutesFromNow * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export type { Seed };

/** A recorded 1:1 with Dana, `minutesFromNow` away, as the background records one it recognised. */
export function meetingRecord(
  id: string,
  personId: string | null,
  minutesFromNow: number,
  extra: Partial<Meeting> = {},
) {
  return meeting({
    id,
    seriesId: 'google:series-dana',
    start: wallTime(minutesFromNow),
    end: wallTime(minutesFromNow + 30),
    personId,
    reasons: ['2 guests: you and Dana Reyes', "title matches 'Dana / Sam'"],
    site: 'google',
    updatedAt: Date.now(),
    ...extra,
  });
}

export const DANA: Person = { ...KIT_DANA, id: 'person-dana', aliases: [] };

/** Writes `seed` through the extension's own import (tests/support/seed.mjs). */
export const seedStore = (context: BrowserContext, extensionId: string, seed: Seed) =>
  seedThroughImport(context, extensionId, seed);

export async function openCard(page: Page, extensionId: string, meetingId: string, query = '&mode=tab') {
  await page.goto(`chrome-extension://${extensionId}/prep.html?meeting=${encodeURIComponent(meetingId)}${query}`);
}
