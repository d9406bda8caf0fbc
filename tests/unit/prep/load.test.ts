import { expect, test } from 'vitest';
import { meetings, needs, people } from '../../../lib/db';
import type { Meeting } from '../../../lib/model';
import { loadCard } from '../../../lib/prep/load';

const NOW = new Date(2026, 2, 10, 9, 45).getTime();
const DAY = 24 * 60 * 60_000;

function pastMeeting(n: number): Meeting {
  const start = new Date(NOW - (n + 1) * DAY);
  const pad = (x: number) => String(x).padStart(2, '0');
  const day = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`;
  return {
    id: `google:past-${n}`,
    seriesId: 'google:series',
    title: 'Dana / Sam',
    start: `${day}T10:00`,
    end: `${day}T10:30`,
    personId: 'dana',
    reasons: ['title matches "Dana / Sam"', 'organised by Dana Reyes', 'recurring series'],
    site: 'google',
    ticks: [],
    notes: '',
    updatedAt: 0,
  };
}

test('the card reads what it shows, not every past 1:1 with the person (each keystroke re-reads it)', async () => {
  await people.put({
    id: 'dana',
    name: 'Dana Reyes',
    emails: [],
    aliases: [],
    relation: 'manager',
    createdAt: 0,
    updatedAt: 0,
  });
  // Years of weekly 1:1s, or a page that once flooded the store with copies.
  for (let n = 0; n < 4000; n += 500)
    await Promise.all(Array.from({ length: 500 }, (_, i) => meetings.put(pastMeeting(n + i))));
  await meetings.put({ ...pastMeeting(0), id: 'google:today', start: '2026-03-10T10:00', end: '2026-03-10T10:30' });
  const old = await needs.add('dana', 'Tell me when you are disappointed', NOW - 5000 * DAY);
  const recent = await needs.add('dana', 'More context on the reorg', NOW - 3 * DAY - 60_000);

  const card = await loadCard('google:today', NOW);
  if (card.kind !== 'ready') throw new Error(card.kind);
  expect(JSON.stringify(card).length).toBeLessThan(10_000);
  // What "waited" says is still counted from all of them.
  expect(card.waited).toEqual({ [old.id]: 4000, [recent.id]: 3 });
  expect(card.previous?.id).toBe('google:past-0');
});

test('says when a waited count will next change: when the 1:1 under way ends', async () => {
  await meetings.put({ ...pastMeeting(0), id: 'google:now', start: '2026-03-10T09:30', end: '2026-03-10T10:15' });
  await people.put({
    id: 'dana',
    name: 'Dana',
    emails: [],
    aliases: [],
    relation: 'manager',
    createdAt: 0,
    updatedAt: 0,
  });
  await needs.add('dana', 'Feedback', NOW - 2 * DAY);
  const card = await loadCard('google:now', NOW);
  if (card.kind !== 'ready') throw new Error(card.kind);
  expect(card.waitedChangesAt).toBe(new Date(2026, 2, 10, 10, 15).getTime());
});
