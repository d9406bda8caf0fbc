import { describe, expect, test, vi } from 'vitest';
import type { CalendarEvent } from '../../../lib/calendar/types';
import {
  checkContentSender,
  parseContentMessage,
  receiveContentMessage,
} from '../../../lib/messages/content-to-background-receive';
import type { SenderInfo } from '../../../lib/messages/protocol';
import { calendarEvent } from '../../support/records';

const EXT = 'upward-extension-id';
const calendarTab: SenderInfo = {
  id: EXT,
  url: 'https://calendar.google.com/calendar/u/0/r/week',
  tab: { id: 7, url: 'https://calendar.google.com/calendar/u/0/r/week' },
  frameId: 0,
};
const event: CalendarEvent = calendarEvent({
  id: 'google:abc',
  seriesId: 'google:abc',
  organizer: 'Dana Reyes',
  response: 'accepted',
});

describe('parseContentMessage accepts well-formed messages', () => {
  test.each([
    ['a calendar page opening', { type: 'calendar/opening' }],
    ['events', { type: 'calendar/events', site: 'google', events: [event] }],
    ['no events', { type: 'calendar/events', site: 'outlook', events: [] }],
    [
      'all-day, unknown times',
      { type: 'calendar/events', site: 'google', events: [{ ...event, start: null, end: null, allDay: true }] },
    ],
    ['guests', { type: 'calendar/guests', site: 'google', event, emails: ['Dana@Example.com'] }],
    ['shown days', { type: 'calendar/shown', site: 'google', from: '2026-03-09', to: '2026-03-13', ids: ['google:a'] }],
    [
      'events from a page without an account button',
      { type: 'calendar/events', site: 'google', events: [], account: null },
    ],
    [
      'events with the account button',
      {
        type: 'calendar/events',
        site: 'google',
        events: [event],
        account: 'Google Account: Sam Patel (sam@example.com)',
      },
    ],
  ])('%s', (_name, message) => {
    expect(parseContentMessage(message).ok).toBe(true);
  });

  test('lower-cases guest emails', () => {
    const parsed = parseContentMessage({ type: 'calendar/guests', site: 'google', event, emails: ['A@B.COM'] });
    expect(parsed.ok && parsed.value.type === 'calendar/guests' && parsed.value.emails).toEqual(['a@b.com']);
  });

  test('refuses a guest list without its event', () => {
    expect(parseContentMessage({ type: 'calendar/guests', site: 'google', eventId: 'x', emails: [] }).ok).toBe(false);
  });
});

describe('parseContentMessage refuses malformed messages with a value, never a throw', () => {
  const big = 'x'.repeat(5000);
  test.each<[string, unknown, RegExp]>([
    ['undefined', undefined, /Bad message/],
    ['null', null, /Bad message/],
    ['a string', 'calendar/events', /Bad message/],
    ['an array', [], /Bad message/],
    ['unknown type', { type: 'db/dump' }, /Bad message/],
    ['a calendar page opening, carrying something', { type: 'calendar/opening', url: 'x' }, /url/],
    ['missing events', { type: 'calendar/events', site: 'google' }, /events/],
    ['unknown site', { type: 'calendar/events', site: 'evil.com', events: [] }, /site/],
    ['events not an array', { type: 'calendar/events', site: 'google', events: {} }, /events/],
    ['huge title', { type: 'calendar/events', site: 'google', events: [{ ...event, title: big }] }, /events\.0\.title/],
    ['empty id', { type: 'calendar/events', site: 'google', events: [{ ...event, id: '' }] }, /events\.0\.id/],
    ['bad time', { type: 'calendar/events', site: 'google', events: [{ ...event, start: '10am' }] }, /start/],
    ['extra key', { type: 'calendar/events', site: 'google', events: [{ ...event, notes: 'x' }] }, /notes/],
    ['too many events', { type: 'calendar/events', site: 'google', events: Array(2001).fill(event) }, /events/],
    ['guest not a string', { type: 'calendar/guests', site: 'google', event, emails: [42] }, /emails\.0/],
    [
      'shown day with a time',
      { type: 'calendar/shown', site: 'google', from: '2026-03-09T10:00', to: '2026-03-13', ids: [] },
      /from/,
    ],
    [
      'shown ids not text',
      { type: 'calendar/shown', site: 'google', from: '2026-03-09', to: '2026-03-13', ids: [1] },
      /ids\.0/,
    ],
    ['a huge account label', { type: 'calendar/events', site: 'google', events: [], account: big }, /account/],
    [
      'an account label not text',
      { type: 'calendar/events', site: 'google', events: [], account: { name: 'x' } },
      /account/,
    ],
    [
      '__proto__ key',
      JSON.parse('{"type":"calendar/events","site":"google","events":[],"__proto__":{"x":1}}'),
      /Bad message/,
    ],
  ])('%s', (_name, message, error) => {
    const parsed = parseContentMessage(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('checkContentSender', () => {
  test.each<[string, SenderInfo, boolean]>([
    ['a calendar tab, top frame', calendarTab, true],
    ['each Outlook host', { ...calendarTab, url: 'https://outlook.cloud.microsoft/calendar/view/week' }, true],
    ['another extension', { ...calendarTab, id: 'other' }, false],
    ['no tab (an extension page)', { id: EXT, url: `chrome-extension://${EXT}/popup.html` }, false],
    ['a sub-frame', { ...calendarTab, frameId: 3 }, false],
    [
      'a non-calendar site',
      { ...calendarTab, url: 'https://evil.example/', tab: { id: 7, url: 'https://evil.example/' } },
      false,
    ],
    ['plain http', { ...calendarTab, url: 'http://calendar.google.com/' }, false],
    ['look-alike host', { ...calendarTab, url: 'https://calendar.google.com.evil.example/' }, false],
  ])('%s', (_name, sender, allowed) => {
    expect(checkContentSender(sender, EXT).ok).toBe(allowed);
  });
});

describe('receiveContentMessage', () => {
  const handlers = {
    'calendar/opening': async () => null,
    'calendar/events': async () => ({ oneOnOnes: ['google:abc'] }),
    'calendar/guests': async () => {
      throw new Error('boom');
    },
    'calendar/shown': async () => ({ missing: 0 }),
    'prep/claim-auto-open': async () => ({ open: false }),
  };

  test('answers a valid message from a calendar tab', async () => {
    const answer = await receiveContentMessage(
      { type: 'calendar/events', site: 'google', events: [event] },
      calendarTab,
      EXT,
      handlers,
    );
    expect(answer).toEqual({ ok: true, value: { oneOnOnes: ['google:abc'] } });
  });

  test('a bad sender never reaches a handler', async () => {
    const answer = await receiveContentMessage(
      { type: 'calendar/events', site: 'google', events: [] },
      { id: 'x' },
      EXT,
      handlers,
    );
    expect(answer.ok).toBe(false);
  });

  test('a handler that throws becomes an error value', async () => {
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => errors.push(args));
    const answer = await receiveContentMessage(
      { type: 'calendar/guests', site: 'google', event, emails: [] },
      calendarTab,
      EXT,
      handlers,
    );
    expect(answer).toEqual({ ok: false, error: 'Upward could not handle that message.' });
    expect(errors).toHaveLength(1);
    spy.mockRestore();
  });
});
