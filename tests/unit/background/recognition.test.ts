import { beforeEach, describe, expect, test } from 'vitest';
import { recognitionHandlers } from '../../../lib/background/recognition';
import type { CalendarEvent } from '../../../lib/calendar/types';
import { meetings, needs, people, questions, series, settings } from '../../../lib/db';
import type { Person } from '../../../lib/model';
import { googleEvent as event } from '../../support/google-events';

let dana: Person;
const report = (events: CalendarEvent[]) =>
  recognitionHandlers['calendar/events']({ type: 'calendar/events', site: 'google', events }, 1);
const guests = (ev: CalendarEvent, emails: string[]) =>
  recognitionHandlers['calendar/guests']({ type: 'calendar/guests', site: 'google', event: ev, emails }, 1);

beforeEach(async () => {
  await settings.set('me', { name: 'Sam Patel', emails: ['sam@example.com'] });
  dana = await people.add({ name: 'Dana Reyes', emails: ['dana@example.com'], relation: 'manager' });
});

describe('calendar/opening', () => {
  test('wakes the background and reads what recognition needs, answering nothing and writing nothing', async () => {
    const before = { meetings: await meetings.all(), series: await series.all() };
    expect(await recognitionHandlers['calendar/opening']({ type: 'calendar/opening' }, 1)).toBeNull();
    expect({ meetings: await meetings.all(), series: await series.all() }).toEqual(before);
  });
});

describe('calendar/events', () => {
  test('answers with the 1:1 ids and records a meeting for each, with reasons', async () => {
    const oneOnOne = event('m1_20260310T150000Z', 'Dana / Sam');
    const teamSync = event('t1', 'Team sync');
    const answer = await report([oneOnOne, teamSync]);
    expect(answer.oneOnOnes).toEqual([oneOnOne.id]);
    const saved = await meetings.all();
    expect(saved.map((m) => [m.id, m.personId])).toEqual([[oneOnOne.id, dana.id]]);
    expect(saved[0]?.reasons?.length).toBeGreaterThan(0);
  });

  test("each 1:1 comes with how many things are to raise with its person (the badge's state), and nothing else", async () => {
    const oneOnOne = event('m1_20260310T150000Z', 'Dana / Sam');
    expect(await report([oneOnOne])).toEqual({ oneOnOnes: [oneOnOne.id], toRaise: [0] });
    const raised = await needs.add(dana.id, 'Feedback');
    await needs.setStatus(raised.id, 'raised');
    const met = await needs.add(dana.id, 'Met one');
    await needs.setStatus(met.id, 'met');
    await questions.add(dana.id, 'What keeps you up at night?');
    // A raised need still counts; a met one does not: the same rule as the card's "To raise".
    const answer = await report([oneOnOne, event('t1', 'Team sync')]);
    expect(answer).toEqual({ oneOnOnes: [oneOnOne.id], toRaise: [2] });
    expect(JSON.stringify(answer)).not.toMatch(/Feedback|Dana|keeps/);
  });

  test('re-reporting an unchanged event writes nothing new', async () => {
    const oneOnOne = event('m1', 'Dana / Sam');
    await report([oneOnOne]);
    const first = await meetings.get(oneOnOne.id);
    await report([oneOnOne]);
    expect(await meetings.get(oneOnOne.id)).toEqual(first);
  });

  test('a moved meeting keeps its notes and ticks', async () => {
    const oneOnOne = event('m1', 'Dana / Sam');
    await report([oneOnOne]);
    await meetings.setNotes(oneOnOne.id, 'Bring the roadmap');
    await report([{ ...oneOnOne, start: '2026-03-11T09:00', end: '2026-03-11T09:30' }]);
    expect(await meetings.get(oneOnOne.id)).toMatchObject({ start: '2026-03-11T09:00', notes: 'Bring the roadmap' });
  });

  test('"never" on the series wins, and the meeting keeps its notes but loses its person', async () => {
    const oneOnOne = event('m1', 'Dana / Sam');
    await report([oneOnOne]);
    await meetings.setNotes(oneOnOne.id, 'keep me');
    await series.setOverride(oneOnOne.seriesId, oneOnOne.title, 'never');
    expect((await report([oneOnOne])).oneOnOnes).toEqual([]);
    expect(await meetings.get(oneOnOne.id)).toMatchObject({ personId: null, notes: 'keep me' });
  });

  test('nothing is recognised before the user has set anyone up', async () => {
    await people.delete(dana.id);
    expect((await report([event('m1', 'Dana / Sam')])).oneOnOnes).toEqual([]);
    expect(await meetings.count()).toBe(0);
  });
});

describe('calendar/guests', () => {
  test('exactly you and your manager confirms the series for its other occurrences', async () => {
    const first = event('weekly_20260310T150000Z', 'Weekly', { organizer: 'Sam Patel' });
    const next = event('weekly_20260317T150000Z', 'Weekly', { organizer: 'Sam Patel', start: '2026-03-17T15:00' });
    expect((await guests(first, ['sam@example.com', 'dana@example.com'])).oneOnOnes).toEqual([first.id]);
    expect((await series.get(first.seriesId))?.confirmedPersonId).toBe(dana.id);
    expect((await report([next])).oneOnOnes).toEqual([next.id]);
  });

  test('three guests is not a 1:1, even with a 1:1-looking title', async () => {
    const ev = event('m2', 'Dana / Sam');
    const answer = await guests(ev, ['sam@example.com', 'dana@example.com', 'lee@example.com']);
    expect(answer.oneOnOnes).toEqual([]);
    expect(await series.get(ev.seriesId)).toBeUndefined();
  });
});
