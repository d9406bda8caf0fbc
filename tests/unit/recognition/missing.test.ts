import { describe, expect, test } from 'vitest';
import { recognitionHandlers } from '../../../lib/background/recognition';
import type { CalendarEvent } from '../../../lib/calendar/types';
import { meetings, people, settings } from '../../../lib/db';
import type { Meeting } from '../../../lib/model';
import { markMissingMeetings } from '../../../lib/recognition/missing';
import { calendarEvent, meeting as record } from '../../support/records';

const meeting = (id: string, start: string, extra: Partial<Meeting> = {}): Meeting =>
  record({ id, seriesId: id, start, end: null, site: 'google', ...extra });

describe('markMissingMeetings', () => {
  test('a recorded 1:1 on a shown day that the page no longer shows is marked cancelled; nothing else is', async () => {
    await Promise.all(
      [
        meeting('deleted', '2026-03-11T15:00', { notes: 'kept' }),
        meeting('shown', '2026-03-11T16:00'),
        meeting('next-week', '2026-03-18T15:00'),
        meeting('last-day', '2026-03-13T23:30'),
        meeting('outlook', '2026-03-11T15:00', { site: 'outlook' }),
        meeting('not-a-1on1', '2026-03-11T15:00', { personId: null }),
      ].map((m) => meetings.put(m)),
    );
    expect(await markMissingMeetings('google', '2026-03-09', '2026-03-13', ['shown'], 5)).toBe(2);
    const after = new Map((await meetings.all()).map((m) => [m.id, m]));
    expect(after.get('deleted')).toMatchObject({ cancelled: true, notes: 'kept', updatedAt: 5 });
    expect(after.get('last-day')?.cancelled).toBe(true);
    for (const id of ['shown', 'next-week', 'outlook', 'not-a-1on1']) expect(after.get(id)?.cancelled).toBeUndefined();
    // Asking again changes nothing more.
    expect(await markMissingMeetings('google', '2026-03-09', '2026-03-13', ['shown'], 6)).toBe(0);
  });

  test('a meeting that shows up again is live again', async () => {
    await settings.set('me', { name: 'Sam Patel', emails: ['sam@example.com'] });
    const dana = await people.add({ name: 'Dana Reyes', emails: ['dana@example.com'], relation: 'manager' });
    const event: CalendarEvent = calendarEvent({ organizer: 'Dana Reyes', response: 'accepted' });
    const report = (events: CalendarEvent[]) =>
      recognitionHandlers['calendar/events']({ type: 'calendar/events', site: 'google', events }, 1);
    await report([event]);
    const shown = (ids: string[]) =>
      recognitionHandlers['calendar/shown'](
        { type: 'calendar/shown', site: 'google', from: '2026-03-09', to: '2026-03-13', ids },
        1,
      );
    expect(await shown([])).toEqual({ missing: 1 });
    expect((await meetings.get(event.id))?.cancelled).toBe(true);
    await report([event]);
    expect(await meetings.get(event.id)).toMatchObject({ cancelled: false, personId: dana.id });
  });
});
