// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ADAPTERS } from '../../../lib/calendar/adapters';
import { type CalendarSession, startCalendarSession } from '../../../lib/content/calendar-session';
import type { ContentMessage } from '../../../lib/messages/content-to-background';
import { MESSAGE_LIMITS } from '../../../lib/messages/content-to-background';
import { parseContentMessage } from '../../../lib/messages/content-to-background-receive';
import { chipElement } from '../../support/google-page.mjs';
import { elapse, useFakeTimers } from '../../support/timers';

const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/3/10';
const googleChip = (eventId: string, label: string) => chipElement(document, eventId, label);

let url: URL;
let session: CalendarSession;
let sent: ContentMessage[];
const settle = () => elapse(120);
useFakeTimers();

beforeEach(() => {
  document.body.replaceChildren(
    googleChip('oneonone1', '3pm to 3:30pm, Dana / Sam, Dana Reyes, Accepted, No location, March 10, 2026'),
    googleChip('teamsync1', '4pm to 5pm, Team sync, Dana Reyes, Accepted, No location, March 10, 2026'),
  );
  url = new URL(WEEK);
  sent = [];
});
afterEach(() => session?.stop());

function start(answer: (message: ContentMessage) => string[] = () => ['google:oneonone1'], shownDelayMs?: number) {
  const onOneOnOnes = vi.fn();
  session = startCalendarSession({
    adapters: Object.values(ADAPTERS),
    document,
    currentUrl: () => url,
    shownDelayMs,
    send: async (message) => {
      sent.push(message);
      return { ok: true, value: { oneOnOnes: answer(message) } } as never;
    },
    onOneOnOnes,
  });
  return onOneOnOnes;
}

describe('calendar session', () => {
  test('each report says who is signed in, as the account button labels it (none without a button)', async () => {
    start();
    await settle();
    const button = document.createElement('a');
    button.href = 'https://accounts.google.com/SignOutOptions?hl=en';
    button.setAttribute('aria-label', 'Google Account: Sam Patel (sam@example.com)');
    document.body.append(button);
    session.recheck();
    await settle();
    const accounts = sent.map((message) => (message.type === 'calendar/events' ? message.account : 'not a report'));
    expect(accounts).toEqual([undefined, 'Google Account: Sam Patel (sam@example.com)']);
  });

  test('once the page is still, says which days it shows in full and what is on them', async () => {
    start(undefined, 20);
    await settle();
    expect(sent.map((message) => message.type)).toEqual(['calendar/events', 'calendar/shown']);
    expect(sent[1]).toEqual({
      type: 'calendar/shown',
      site: 'google',
      from: '2026-03-10',
      to: '2026-03-10',
      ids: expect.arrayContaining(['google:oneonone1', 'google:teamsync1']),
    });
  });

  test('a month view, which may hide events, never claims to show a day in full', async () => {
    url = new URL('https://calendar.google.com/calendar/u/0/r/month/2026/3/10');
    start(undefined, 20);
    await settle();
    expect(sent.map((message) => message.type)).toEqual(['calendar/events']);
  });

  test('reports the events it reads and keeps the verdicts', async () => {
    const onOneOnOnes = start();
    await settle();
    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(message?.type).toBe('calendar/events');
    expect(message?.type === 'calendar/events' && message.events.map((e) => e.title).sort()).toEqual([
      'Dana / Sam',
      'Team sync',
    ]);
    expect([...session.oneOnOnes]).toEqual(['google:oneonone1']);
    expect(onOneOnOnes).toHaveBeenCalledTimes(1);
  });

  test('does nothing on pages that are not a calendar view, and starts when the app navigates to one', async () => {
    url = new URL('https://outlook.office.com/mail/inbox');
    document.body.replaceChildren();
    start();
    await settle();
    expect(sent).toEqual([]);
    url = new URL(WEEK);
    document.body.append(
      googleChip('x1', '9am to 10am, Dana / Sam, Dana Reyes, Accepted, No location, March 11, 2026'),
    );
    session.locationChanged();
    await settle();
    expect(sent).toHaveLength(1);
  });

  test('recheck() reports everything again (after settings change in the extension)', async () => {
    start();
    await settle();
    session.recheck();
    await settle();
    expect(sent).toHaveLength(2);
    expect(sent[1]?.type === 'calendar/events' && sent[1].events).toHaveLength(2);
  });

  test('a verdict that changes to "not a 1:1" removes the event from the set', async () => {
    let answer = ['google:oneonone1'];
    start(() => answer);
    await settle();
    answer = [];
    session.recheck();
    await settle();
    expect([...session.oneOnOnes]).toEqual([]);
  });

  test('after stop() nothing more is sent', async () => {
    start();
    await settle();
    session.stop();
    document.body.append(googleChip('late', '9am to 10am, Late, Dana Reyes, Accepted, No location, March 11, 2026'));
    session.recheck();
    await settle();
    expect(sent).toHaveLength(1);
  });
});

describe('what the page makes the content script send stays inside the message limits', () => {
  const valid = (message: ContentMessage) => parseContentMessage(message);

  test('one huge title no longer gets the whole batch refused', async () => {
    const title = `Dana / Sam ${'x'.repeat(5000)}`;
    document.body.append(
      googleChip('huge', `9am to 10am, ${title}, Dana Reyes, Accepted, No location, March 11, 2026`),
    );
    start();
    await settle();
    const [message] = sent;
    if (message?.type !== 'calendar/events') throw new Error('no report');
    expect(valid(message)).toMatchObject({ ok: true });
    expect(message.events.map((event) => event.title.length).sort((a, b) => a - b)).toEqual([
      'Team sync'.length,
      'Dana / Sam'.length,
      MESSAGE_LIMITS.textLength,
    ]);
  });

  test('an event whose id is too long to be real is left out, the rest are reported', async () => {
    document.body.append(
      googleChip('y'.repeat(2000), '9am to 10am, Long id, Dana Reyes, Accepted, No location, March 11, 2026'),
    );
    start();
    await settle();
    const [message] = sent;
    if (message?.type !== 'calendar/events') throw new Error('no report');
    expect(valid(message)).toMatchObject({ ok: true });
    expect(message.events.map((event) => event.title).sort()).toEqual(['Dana / Sam', 'Team sync']);
  });

  test('a page of 2,100 events is reported again (recheck) in batches the background accepts', {
    timeout: 30_000,
  }, async () => {
    const chips = Array.from({ length: 2100 }, (_, n) =>
      googleChip(`many${n}`, `9am to 10am, Meeting ${n}, Dana Reyes, Accepted, No location, March 11, 2026`),
    );
    document.body.append(...chips);
    start();
    await elapse(1500);
    // Settings changed in the extension: everything on the page is reported again at once.
    sent = [];
    session.recheck();
    await settle();
    const reports = sent.filter((message) => message.type === 'calendar/events');
    expect(reports.length).toBeGreaterThan(1);
    for (const message of reports) expect(valid(message)).toMatchObject({ ok: true });
    const reported = reports.flatMap((message) => (message.type === 'calendar/events' ? message.events : []));
    expect(new Set(reported.map((event) => event.id)).size).toBe(2102);
  });
});
