import { describe, expect, test, vi } from 'vitest';
import type { CalendarEvent } from '../../../lib/calendar/types';
import { ASK_EVERY_MS, createAutoOpener, dueForAutoOpen } from '../../../lib/content/auto-open';
import { calendarEvent } from '../../support/records';

const at = (wall: string) => new Date(wall).getTime();
const event = (id: string, start: string | null, end: string | null, extra: Partial<CalendarEvent> = {}) =>
  calendarEvent({ id, seriesId: id, title: id, organizer: 'Dana Reyes', start, end, response: 'accepted', ...extra });

const yes = () => true;

describe('dueForAutoOpen', () => {
  const events = [
    event('later', '2026-03-10T15:00', '2026-03-10T15:30'),
    event('soon', '2026-03-10T14:10', '2026-03-10T14:40'),
    event('over', '2026-03-10T13:00', '2026-03-10T13:30'),
    event('far', '2026-03-10T18:00', '2026-03-10T18:30'),
    event('allday', '2026-03-10', '2026-03-11', { allDay: true }),
    event('cancelled', '2026-03-10T14:20', '2026-03-10T14:50', { cancelled: true }),
    event('declined', '2026-03-10T14:20', '2026-03-10T14:50', { response: 'declined' }),
    event('unreadable', null, null),
  ];
  test('from an hour before the start until the end, soonest first; never cancelled, declined or all-day', () => {
    const due = dueForAutoOpen(events, yes, at('2026-03-10T14:05'));
    expect(due.map((e) => e.id)).toEqual(['soon', 'later']);
  });
  test('only recognised 1:1s', () => {
    expect(dueForAutoOpen(events, (id) => id === 'later', at('2026-03-10T14:05')).map((e) => e.id)).toEqual(['later']);
  });
  test('an event without an end counts as 30 minutes long', () => {
    const open = [event('noend', '2026-03-10T14:00', null)];
    expect(dueForAutoOpen(open, yes, at('2026-03-10T14:29'))).toHaveLength(1);
    expect(dueForAutoOpen(open, yes, at('2026-03-10T14:30'))).toHaveLength(0);
  });
});

describe('createAutoOpener', () => {
  function setup(answers: boolean[]) {
    let now = at('2026-03-10T14:00');
    let busy = false;
    const claim = vi.fn(async () => answers.shift() ?? false);
    const open = vi.fn();
    const opener = createAutoOpener({
      now: () => now,
      events: () => [event('dana', '2026-03-10T14:10', '2026-03-10T14:40')],
      isOneOnOne: yes,
      claim,
      busy: () => busy,
      open,
    });
    return {
      opener,
      claim,
      open,
      advance: (ms: number) => {
        now += ms;
      },
      setBusy: (value: boolean) => {
        busy = value;
      },
    };
  }

  test('asks at most once a minute and opens when the background says yes, then never asks again', async () => {
    const t = setup([false, true]);
    await t.opener.check();
    await t.opener.check();
    expect(t.claim).toHaveBeenCalledTimes(1);
    expect(t.open).not.toHaveBeenCalled();
    t.advance(ASK_EVERY_MS);
    await t.opener.check();
    expect(t.open).toHaveBeenCalledWith('dana');
    t.advance(ASK_EVERY_MS);
    await t.opener.check();
    expect(t.claim).toHaveBeenCalledTimes(2);
  });

  test('does not ask while a card is open (a yes would be spent on nothing)', async () => {
    const t = setup([true]);
    t.setBusy(true);
    await t.opener.check();
    expect(t.claim).not.toHaveBeenCalled();
  });
});
