import { beforeEach, describe, expect, test } from 'vitest';
import { recognitionHandlers } from '../../../lib/background/recognition';
import type { CalendarEvent, CalendarSite } from '../../../lib/calendar/types';
import { meetings, people, series, settings } from '../../../lib/db';
import type { Person } from '../../../lib/model';
import { loadRecognitionContext } from '../../../lib/recognition/context';
import { calendarEvent } from '../../support/records';

const event = (site: CalendarSite, title = 'Dana / Sam'): CalendarEvent =>
  calendarEvent({
    site,
    id: `${site}:m1`,
    seriesId: `${site}:m1`,
    title,
    organizer: 'Dana Reyes',
    start: '2099-03-10T15:00',
    end: '2099-03-10T15:30',
    response: 'accepted',
  });

const report = (site: CalendarSite, ev = event(site)) =>
  recognitionHandlers['calendar/events']({ type: 'calendar/events', site, events: [ev] }, 1);
const guests = (site: CalendarSite, ev = event(site)) =>
  recognitionHandlers['calendar/guests'](
    { type: 'calendar/guests', site, event: ev, emails: ['sam@example.com', 'dana@example.com'] },
    1,
  );
const switchOff = (site: CalendarSite) =>
  settings.set('recognition', { sites: { google: true, outlook: true, [site]: false }, titlePatterns: true });

let dana: Person;
beforeEach(async () => {
  await settings.set('me', { name: 'Sam Patel', emails: ['sam@example.com'] });
  dana = await people.add({ name: 'Dana Reyes', emails: ['dana@example.com'], relation: 'manager' });
});

describe('a calendar site switched off in settings', () => {
  test('gets no 1:1s for its events and leaves no meeting behind', async () => {
    await switchOff('outlook');
    expect((await report('outlook')).oneOnOnes).toEqual([]);
    expect((await guests('outlook')).oneOnOnes).toEqual([]);
    expect(await meetings.count()).toBe(0);
    expect(await series.count()).toBe(0);
  });

  test('leaves the other site working', async () => {
    await switchOff('outlook');
    expect((await report('google')).oneOnOnes).toEqual(['google:m1']);
    expect((await meetings.get('google:m1'))?.personId).toBe(dana.id);
  });

  test('switched back on, it is recognised again', async () => {
    await switchOff('google');
    expect((await report('google')).oneOnOnes).toEqual([]);
    await settings.set('recognition', { sites: { google: true, outlook: true }, titlePatterns: true });
    expect((await report('google')).oneOnOnes).toEqual(['google:m1']);
  });

  test('never opens a prep card by itself', async () => {
    const now = Date.now();
    const start = new Date(now + 5 * 60_000);
    const wall = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    const soon = { ...event('google'), start: wall(start), end: wall(new Date(start.getTime() + 30 * 60_000)) };
    await report('google', soon);
    await switchOff('google');
    const claim = () =>
      recognitionHandlers['prep/claim-auto-open']({ type: 'prep/claim-auto-open', eventId: soon.id }, 1);
    expect(await claim()).toEqual({ open: false });
    await settings.set('recognition', { sites: { google: true, outlook: true }, titlePatterns: true });
    expect(await claim()).toEqual({ open: true });
  });
});

describe('title patterns switched off in settings', () => {
  test('reach the classifier: a title alone no longer makes a 1:1, a guest list still does', async () => {
    await settings.set('recognition', { sites: { google: true, outlook: true }, titlePatterns: false });
    expect((await loadRecognitionContext()).titlePatterns).toBe(false);
    expect((await report('google')).oneOnOnes).toEqual([]);
    expect((await guests('google')).oneOnOnes).toEqual(['google:m1']);
  });
});
