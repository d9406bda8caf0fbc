import type { BrowserContext } from '@playwright/test';
import type { Meeting, Need, Person } from '../../lib/model';
import { toWallTime } from '../../lib/wall-time';
import { type Seed, seedThroughImport } from '../support/seed.mjs';

/** Local wall time `YYYY-MM-DDTHH:mm`, `minutes` from now (how meetings store their times). */
export const wallIn = (minutes: number, now = Date.now()): string => toWallTime(now + minutes * 60_000);

export const DANA: Person = {
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
export function oneOnOne(id: string, minutes: number, extra: Partial<Meeting> = {}): Meeting {
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

export const need = (id: string, text: string, createdDaysAgo: number, extra: Partial<Need> = {}): Need => {
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

/** Seeds the store through the extension's own import (tests/support/seed.mjs); open pages hear of it. */
export function seed(context: BrowserContext, extensionId: string, records: Seed): Promise<void> {
  return seedThroughImport(context, extensionId, records);
}

export { DAY };
