// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableIframePageLoading":true}}
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ADAPTERS } from '../../../lib/calendar/adapters';
import { BADGE_NAME } from '../../../lib/content/badges';
import { type CalendarPage, startCalendarPage } from '../../../lib/content/calendar-page';
import { CLOSED_FRAME_MS, NEXT_HOLD_MS, SIZE_WAIT_MS } from '../../../lib/content/prep-frame';
import type { ContentMessage } from '../../../lib/messages/content-to-background';
import { chipElement } from '../../support/google-page.mjs';

const WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/3/10';
const ID = 'kmjbolpfkeglikjmekdgfdpafpajajnn';
const PREP = `chrome-extension://${ID}/prep.html`;
function googleChip(eventId: string, title: string): HTMLElement {
  const label = `3pm to 3:30pm, ${title}, Dana Reyes, Accepted, No location, March 10, 2026`;
  const chip = chipElement(document, eventId, label);
  chip.style.position = 'absolute';
  return chip;
}

/** Closed shadow roots, captured as they are made: the page cannot do this after the fact. */
let roots: ShadowRoot[];
let page: CalendarPage;
let sent: ContentMessage[];
let chipClicks: number;
/** What the background answers when the page asks to open a card by itself. */
let autoOpen: boolean;
/** Idle callbacks the page asked for (the test runs them: the DOM under test has no idle time of its own). */
let idle: (() => void)[];
const runIdle = () => {
  for (const callback of idle.splice(0)) callback();
};
/**
 * Waits until the page has reported and stopped changing: three looks 25 ms apart that see the
 * same reports and badges. A fixed sleep was too short on a loaded machine (the first label read
 * also builds the locale tables).
 */
async function settle(): Promise<void> {
  const look = () => `${sent.length}|${badgeHosts().map((host) => host.parentElement?.getAttribute('data-eventid'))}`;
  let last = '';
  let same = 0;
  await vi.waitFor(
    () => {
      const now = look();
      same = now === last ? same + 1 : 0;
      last = now;
      if (sent.length === 0 || same < 3) throw new Error(`page still changing: ${now}`);
    },
    { timeout: 15_000, interval: 25 },
  );
}
const badgeHosts = () => [...document.querySelectorAll('upward-badge')];
const buttonOf = (host: Element) =>
  roots.find((root) => root.host === host)?.querySelector('button') as HTMLButtonElement;
const frameHosts = () => [...document.querySelectorAll('upward-prep')] as HTMLElement[];
const cardOf = (host: Element) => roots.find((root) => root.host === host)?.querySelector('.card') as HTMLElement;
const iframeOf = (host: Element) => cardOf(host).querySelector('iframe') as HTMLIFrameElement;
/** Hosts whose card shows: the open card (a card kept ready stays hidden). */
const openCards = () => frameHosts().filter((host) => !host.hasAttribute('data-ready'));
/** The name the host gave a frame (`frame` in its URL). */
const nameOf = (host: Element) => new URL(iframeOf(host).src).searchParams.get('frame') as string;
/** What the card in this frame asks its host, passed on by the background. */
const fromCard = (host: Element, message: unknown) =>
  page.receive({ type: 'prep/host', frame: nameOf(host), message }, { id: ID });
/** The card in this frame has drawn its meeting and says how tall it is, as the real one does. */
const draws = (host: Element | undefined, meeting = 'google:dana1', height = 480) =>
  fromCard(host as Element, { type: 'prep/resize', height, shows: meeting });
/** The frame last put on the page: the card just opened, when it needed a frame of its own. */
const newest = () => frameHosts().at(-1);

beforeEach(() => {
  idle = [];
  Object.assign(window, {
    requestIdleCallback: (callback: () => void) => idle.push(callback),
  });
  roots = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  chipClicks = 0;
  autoOpen = false;
  const column = document.createElement('div');
  column.append(googleChip('dana1', 'Dana / Sam'), googleChip('team1', 'Team sync'));
  column.addEventListener('click', () => chipClicks++);
  column.addEventListener('keydown', () => chipClicks++);
  document.body.replaceChildren(column);
  sent = [];
  page = startCalendarPage({
    adapters: Object.values(ADAPTERS),
    document,
    currentUrl: () => new URL(WEEK),
    extensionId: ID,
    prepUrl: PREP,
    send: async (message) => {
      sent.push(message);
      if (message.type === 'prep/claim-auto-open') return { ok: true, value: { open: autoOpen } } as never;
      return { ok: true, value: { oneOnOnes: ['google:dana1'], toRaise: [3] } } as never;
    },
  });
});
afterEach(() => {
  page.stop();
  vi.useRealTimers();
  // A card that closed itself leaves its frame a moment (CLOSED_FRAME_MS), outside <body>.
  for (const host of frameHosts()) host.remove();
});

describe('calendar page', () => {
  test('badges exactly the recognised 1:1, with how many things are to raise and a name that does not say who', async () => {
    await settle();
    const hosts = badgeHosts();
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.parentElement?.getAttribute('aria-label')).toContain('Dana / Sam');
    const button = buttonOf(hosts[0] as Element);
    expect(button.getAttribute('aria-label')).toBe('Upward: 3 to raise in this 1:1');
    expect(button.textContent).toBe('3');
    expect(BADGE_NAME).not.toContain('Dana');
    expect(button.type).toBe('button');
    expect(button.tabIndex).toBe(0);
  });

  test('the badge opens the card and its click never reaches the calendar', async () => {
    await settle();
    const host = badgeHosts()[0] as Element;
    // As a browser dispatches a user's click: it crosses the shadow boundary (composed).
    buttonOf(host).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(chipClicks).toBe(0);
    draws(newest());
    expect(openCards()).toHaveLength(1);
    const src = new URL(iframeOf(openCards()[0] as Element).src);
    expect(src.pathname).toBe('/prep.html');
    expect(src.searchParams.get('meeting')).toBe('google:dana1');
    expect(src.searchParams.get('scheme')).toMatch(/^(light|dark)$/);
    expect(buttonOf(host).getAttribute('aria-expanded')).toBe('true');
    // Enter on the badge is the badge's, not the chip's.
    buttonOf(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(chipClicks).toBe(0);
  });

  test('an opened card shows once it has drawn its meeting, at its size: never first at another and then moved', async () => {
    await settle();
    buttonOf(badgeHosts()[0] as Element).click();
    const host = newest() as HTMLElement;
    // Still loading, it says a height but no meeting: that is not the card's size yet.
    fromCard(host, { type: 'prep/resize', height: 96 });
    expect(openCards()).toEqual([]);
    // Another meeting's size is not this one's either (a card kept ready, told anew).
    draws(host, 'google:team1', 288);
    expect(openCards()).toEqual([]);
    draws(host, 'google:dana1', 576);
    expect(openCards()).toEqual([host]);
    expect(host.style.getPropertyValue('--upward-height')).toBe('576px');
  });

  test('a card that has not said its size by SIZE_WAIT_MS shows as it is; one closed meanwhile never shows', async () => {
    await settle();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const button = buttonOf(badgeHosts()[0] as Element);
    button.click();
    vi.advanceTimersByTime(SIZE_WAIT_MS - 1);
    expect(openCards()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(openCards()).toHaveLength(1);
    // Closed while it waited: the wait ends with it.
    button.click();
    button.click();
    button.click();
    expect(frameHosts()).toEqual([]);
    vi.advanceTimersByTime(SIZE_WAIT_MS);
    expect(frameHosts()).toEqual([]);
  });

  test('a normal click on the event still reaches the calendar', async () => {
    await settle();
    (document.querySelector('[data-eventchip]') as HTMLElement).click();
    expect(chipClicks).toBe(1);
    expect(openCards()).toEqual([]);
  });

  test('prep/close from the open card closes it and gives focus back to the badge', async () => {
    await settle();
    const host = badgeHosts()[0] as Element;
    buttonOf(host).click();
    draws(newest());
    // What the card asked, passed on by the background.
    expect(fromCard(openCards()[0] as Element, { type: 'prep/close' })).toBeUndefined();
    expect(openCards()).toEqual([]);
    expect(document.activeElement).toBe(host);
    expect(buttonOf(host).getAttribute('aria-expanded')).toBe('false');
  });

  test('a card that closed itself is hidden at once, and its frame goes only after any key in it is over', async () => {
    await settle();
    const badge = badgeHosts()[0] as Element;
    buttonOf(badge).click();
    const card = newest() as HTMLElement;
    draws(card);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fromCard(card, { type: 'prep/close' });
    expect(openCards()).toEqual([]);
    expect(document.activeElement).toBe(badge);
    // The Esc that closed it may still be going up in its frame: the frame stays, hidden, a moment.
    expect(card.isConnected).toBe(true);
    vi.advanceTimersByTime(CLOSED_FRAME_MS);
    expect(card.isConnected).toBe(false);
  });

  test('an Escape the page makes up (untrusted) does not close the card; a real one does (E2E)', async () => {
    await settle();
    buttonOf(badgeHosts()[0] as Element).click();
    draws(newest());
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(openCards()).toHaveLength(1);
  });

  test('the page removing the card closes it cleanly, with focus on the badge', async () => {
    await settle();
    const host = badgeHosts()[0] as Element;
    buttonOf(host).click();
    draws(newest());
    openCards()[0]?.remove();
    await settle();
    expect(buttonOf(host).getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(host);
    expect(openCards()).toEqual([]);
    // Nothing is left half-open: the badge opens a fresh card.
    buttonOf(host).click();
    draws(newest());
    expect(openCards()).toHaveLength(1);
    expect(frameHosts()).toHaveLength(1);
  });

  test("the page navigating the card's frame elsewhere closes the card, with focus on the badge", async () => {
    await settle();
    const host = badgeHosts()[0] as Element;
    buttonOf(host).click();
    draws(newest());
    const iframe = iframeOf(openCards()[0] as Element);
    iframe.dispatchEvent(new Event('load'));
    expect(openCards()).toHaveLength(1);
    // A second document in the frame is not the card: someone navigated it.
    iframe.dispatchEvent(new Event('load'));
    expect(openCards()).toEqual([]);
    expect(frameHosts().map(iframeOf)).not.toContain(iframe);
    expect(document.activeElement).toBe(host);
  });

  test('messages from anyone but the open card are ignored', async () => {
    await settle();
    const button = buttonOf(badgeHosts()[0] as Element);
    button.click();
    draws(newest());
    const stale = openCards()[0] as Element;
    button.click();
    button.click();
    draws(newest());
    const open = openCards()[0] as Element;
    expect(nameOf(open)).not.toBe(nameOf(stale));
    // The card closed a moment ago, for the same meeting: its late close is not the new card's.
    fromCard(stale, { type: 'prep/close' });
    page.receive(
      { type: 'prep/host', frame: nameOf(open), message: { type: 'prep/close' } },
      { id: 'another-extension' },
    );
    // A bare close, as the card itself once sent it, is not from the background.
    page.receive({ type: 'prep/close' }, { id: ID, url: iframeOf(open).src });
    expect(openCards()).toHaveLength(1);
    fromCard(open, { type: 'prep/close' });
    expect(openCards()).toEqual([]);
  });

  test('a request of a kind the host does not know does nothing, even from the open card', async () => {
    await settle();
    buttonOf(badgeHosts()[0] as Element).click();
    draws(newest());
    const open = openCards()[0] as Element;
    // The background reads a card's requests field by field before passing them on
    // (readPrepFrameMessage); the page acts on the three kinds it knows by name, and on no other.
    expect(fromCard(open, { type: 'prep/save', text: 'secret' })).toBeUndefined();
    expect(fromCard(open, { type: 'prep/closed' })).toBeUndefined();
    expect(openCards()).toEqual([open]);
  });

  test('only one card at a time; the same badge again closes it', async () => {
    await settle();
    const button = buttonOf(badgeHosts()[0] as Element);
    button.click();
    expect(page.openCard('google:dana1')).toBe(true);
    expect(frameHosts()).toHaveLength(1);
    button.click();
    expect(openCards()).toHaveLength(0);
  });

  test('a reminder opens the card when the event is on the page, and says when it is not', async () => {
    await settle();
    await expect(page.receive({ type: 'prep/open', eventId: 'google:dana1' }, { id: ID })).resolves.toEqual({
      shown: true,
    });
    await expect(page.receive({ type: 'prep/open', eventId: 'google:elsewhere' }, { id: ID })).resolves.toEqual({
      shown: false,
    });
  });

  test('a deleted event loses its badge; a re-rendered chip gets it back', async () => {
    await settle();
    const chip = document.querySelector('[data-eventchip]') as HTMLElement;
    const fresh = googleChip('dana1', 'Dana / Sam');
    chip.replaceWith(fresh);
    await settle();
    expect(badgeHosts().map((host) => host.parentElement)).toEqual([fresh]);
    // The app wipes the chip's insides: the badge comes back.
    fresh.replaceChildren(document.createElement('span'));
    await settle();
    expect(badgeHosts().map((host) => host.parentElement)).toEqual([fresh]);
    fresh.remove();
    await settle();
    expect(badgeHosts()).toEqual([]);
  });

  test('the badge adds no text to the calendar and never reports itself as an event', async () => {
    await settle();
    const chip = document.querySelector('[data-eventchip]') as HTMLElement;
    expect(chip.textContent).toBe('Dana / Sam');
    const reported = sent.flatMap((m) => (m.type === 'calendar/events' ? m.events.map((e) => e.id) : []));
    expect(reported.sort()).toEqual(['google:dana1', 'google:team1']);
  });

  test('stop() (extension updated) takes every badge and the card away', async () => {
    await settle();
    buttonOf(badgeHosts()[0] as Element).click();
    page.stop();
    expect(document.querySelectorAll('upward-badge, upward-prep')).toHaveLength(0);
    expect(page.receive({ type: 'prep/open', eventId: 'google:dana1' }, { id: ID })).toBeUndefined();
  });

  test('stop() takes the card kept ready away too', async () => {
    await settle();
    runIdle();
    expect(frameHosts()).toHaveLength(1);
    page.stop();
    expect(document.querySelectorAll('upward-badge, upward-prep')).toHaveLength(0);
    expect(page.receive({ type: 'prep/open', eventId: 'google:dana1' }, { id: ID })).toBeUndefined();
  });
});

describe('a card kept ready', () => {
  /** Settles with a 1:1 on the page, lets the page go idle, and returns the ready card's host. */
  async function ready(): Promise<HTMLElement> {
    await settle();
    runIdle();
    expect(frameHosts()).toHaveLength(1);
    return frameHosts()[0] as HTMLElement;
  }
  const isPending = async (promise: Promise<unknown>) =>
    (await Promise.race([
      promise.then(() => 'answered'),
      new Promise((done) => setTimeout(() => done('pending'), 20)),
    ])) === 'pending';
  const box = (host: HTMLElement) =>
    ['left', 'top', 'width', 'height'].map((side) => host.style.getPropertyValue(`--upward-${side}`)).join(' ');

  test('once the page has a 1:1 and is idle: one frame, hidden, out of sight, for no meeting yet', async () => {
    const host = await ready();
    expect(openCards()).toEqual([]);
    const src = new URL(iframeOf(host).src);
    expect(src.pathname).toBe('/prep.html');
    expect(src.searchParams.get('meeting')).toBeNull();
    expect(src.searchParams.get('frame')).toMatch(/^[0-9a-f-]{36}$/);
    expect(host.hasAttribute('data-ready')).toBe(true);
    expect(box(host)).toBe('-760px 0px 380px 460px');
    expect(host.hasAttribute('data-side')).toBe(false);
    // Idle again: still the one.
    page.session.recheck();
    await settle();
    runIdle();
    expect(frameHosts()).toEqual([host]);
  });

  test('reaching a badge tells it which meeting to read; opening shows that very frame, unreloaded', async () => {
    const host = await ready();
    const src = iframeOf(host).src;
    const asked = fromCard(host, { type: 'prep/next' });
    expect(await isPending(asked as Promise<unknown>)).toBe(true);
    const badge = badgeHosts()[0] as Element;
    badge.dispatchEvent(new Event('pointerenter'));
    await expect(asked).resolves.toEqual({ eventId: 'google:dana1' });
    // Showing it now, the same meeting again is not news; the next answer waits for another one.
    const again = fromCard(host, { type: 'prep/next', shows: 'google:dana1' });
    badge.dispatchEvent(new Event('focusin'));
    expect(await isPending(again as Promise<unknown>)).toBe(true);
    // It has drawn the meeting, hidden, and said how tall it is: the click only shows it.
    draws(host);
    buttonOf(badge).click();
    expect(openCards()).toEqual([host]);
    expect(iframeOf(host).src).toBe(src);
    expect(host.hasAttribute('data-ready')).toBe(false);
    expect(box(host)).not.toBe('-760px 0px 380px 460px');
    expect(buttonOf(badge).getAttribute('aria-expanded')).toBe('true');
  });

  test('reaching a badge puts the card kept ready, still hidden, where it will open', async () => {
    const host = await ready();
    const told = fromCard(host, { type: 'prep/next' });
    (badgeHosts()[0] as Element).dispatchEvent(new Event('focusin'));
    await expect(told).resolves.toEqual({ eventId: 'google:dana1' });
    expect(host.hasAttribute('data-ready')).toBe(true);
    const waiting = box(host);
    expect(waiting).not.toBe('-760px 0px 380px 460px');
    // Its height arrives while it waits: it is laid out at that height too.
    draws(host, 'google:dana1', 288);
    expect(box(host).split(' ')[3]).toBe('288px');
    const placed = box(host);
    buttonOf(badgeHosts()[0] as Element).click();
    // Opening only shows it: the same frame, not moved.
    expect(openCards()).toEqual([host]);
    expect(box(host)).toBe(placed);
  });

  test('after a card closes, the one kept ready for its badge is for no meeting, so another badge can tell it', async () => {
    await settle();
    // Opened before the page was ever idle: no card kept ready yet.
    idle = [];
    const badge = badgeHosts()[0] as Element;
    buttonOf(badge).click();
    buttonOf(badge).click();
    expect(openCards()).toEqual([]);
    runIdle();
    const kept = frameHosts()[0] as Element;
    expect(frameHosts()).toEqual([kept]);
    // Loaded for a meeting, it would show that one whatever it was told later.
    expect(new URL(iframeOf(kept).src).searchParams.get('meeting')).toBeNull();
    await expect(fromCard(kept, { type: 'prep/next' })).resolves.toEqual({ eventId: 'google:dana1' });
  });

  test('the page turned dark: the card opens in a frame of its own, and the light one kept ready goes', async () => {
    const host = await ready();
    expect(host.getAttribute('data-scheme')).toBe('light');
    document.body.style.backgroundColor = 'rgb(20, 20, 24)';
    try {
      buttonOf(badgeHosts()[0] as Element).click();
      draws(newest());
      // One frame on the page: a hidden one left behind could keep the keyboard from the card.
      expect(frameHosts()).toEqual(openCards());
      expect(openCards()[0]?.getAttribute('data-scheme')).toBe('dark');
    } finally {
      document.body.style.backgroundColor = '';
    }
  });

  test('a card opened before it was told (a reminder, the keyboard at once) is told when it asks', async () => {
    const host = await ready();
    expect(page.openCard('google:dana1')).toBe(true);
    // Hidden until it has drawn the meeting it is about to be told.
    expect(openCards()).toEqual([]);
    await expect(fromCard(host, { type: 'prep/next' })).resolves.toEqual({ eventId: 'google:dana1' });
    draws(host);
    expect(openCards()).toEqual([host]);
    // Open and showing its meeting, it has nothing more to ask.
    expect(fromCard(host, { type: 'prep/next', shows: 'google:dana1' })).toBeUndefined();
  });

  test('a card that opens by itself gets a frame of its own, folded; the one kept ready stays hidden', async () => {
    const host = await ready();
    const asked = fromCard(host, { type: 'prep/next' });
    (badgeHosts()[0] as Element).dispatchEvent(new Event('pointerenter'));
    await expect(asked).resolves.toEqual({ eventId: 'google:dana1' });
    // Five minutes before the 1:1 (3pm, March 10, 2026), and the background says "open it".
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 10, 14, 55));
    autoOpen = true;
    page.tick();
    await vi.waitFor(() => expect(openCards()).toHaveLength(1));
    const opened = openCards()[0] as HTMLElement;
    expect(opened).not.toBe(host);
    const src = new URL(iframeOf(opened).src);
    expect([src.searchParams.get('meeting'), src.searchParams.get('view')]).toEqual(['google:dana1', 'folded']);
    expect(host.hasAttribute('data-ready')).toBe(true);
  });

  test('only the frames the host made are answered, and only through the background', async () => {
    const host = await ready();
    const ask = (frame: string) =>
      page.receive({ type: 'prep/host', frame, message: { type: 'prep/next' } }, { id: ID });
    expect(ask('1')).toBeUndefined();
    expect(ask(`${nameOf(host)}x`)).toBeUndefined();
    expect(page.receive({ type: 'prep/next' }, { id: ID, url: iframeOf(host).src })).toBeUndefined();
  });

  test('an ask is answered with none after a while (the card asks again); a newer ask replaces it', async () => {
    const host = await ready();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const first = fromCard(host, { type: 'prep/next' });
    vi.advanceTimersByTime(NEXT_HOLD_MS);
    await expect(first).resolves.toEqual({});
    const older = fromCard(host, { type: 'prep/next' });
    const newer = fromCard(host, { type: 'prep/next' });
    await expect(older).resolves.toEqual({});
    (badgeHosts()[0] as Element).dispatchEvent(new Event('pointerenter'));
    await expect(newer).resolves.toEqual({ eventId: 'google:dana1' });
  });

  test('an answer lost on its way is given again when the card asks, saying it shows none', async () => {
    const host = await ready();
    const lost = fromCard(host, { type: 'prep/next' });
    (badgeHosts()[0] as Element).dispatchEvent(new Event('pointerenter'));
    await expect(lost).resolves.toEqual({ eventId: 'google:dana1' });
    // That answer never reached the card (the background was stopped): it asks again.
    await expect(fromCard(host, { type: 'prep/next' })).resolves.toEqual({ eventId: 'google:dana1' });
    // Once it shows it, the same meeting is no news.
    draws(host);
    const shows = fromCard(host, { type: 'prep/next', shows: 'google:dana1' });
    buttonOf(badgeHosts()[0] as Element).click();
    expect(openCards()).toEqual([host]);
    expect(await isPending(shows as Promise<unknown>)).toBe(true);
  });

  test('a card kept ready that stopped asking stays so; the card opens in a frame of its own', async () => {
    const host = await ready();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const asked = fromCard(host, { type: 'prep/next' });
    vi.advanceTimersByTime(NEXT_HOLD_MS);
    await expect(asked).resolves.toEqual({});
    buttonOf(badgeHosts()[0] as Element).click();
    draws(newest());
    const open = openCards()[0] as HTMLElement;
    expect(open).not.toBe(host);
    expect(new URL(iframeOf(open).src).searchParams.get('meeting')).toBe('google:dana1');
    expect(host.hasAttribute('data-ready')).toBe(true);
  });

  test('its height moves nothing on the page until it opens, then sizes the card', async () => {
    const host = await ready();
    fromCard(host, { type: 'prep/resize', height: 576 });
    await new Promise((done) => requestAnimationFrame(done));
    expect(box(host)).toBe('-760px 0px 380px 460px');
    buttonOf(badgeHosts()[0] as Element).click();
    draws(host, 'google:dana1', 576);
    expect(openCards()).toEqual([host]);
    expect(host.style.getPropertyValue('--upward-height')).toBe('576px');
  });

  test('it never closes the open card, and a close from it while hidden does nothing', async () => {
    const host = await ready();
    fromCard(host, { type: 'prep/close' });
    expect(frameHosts()).toEqual([host]);
  });

  test('the page navigating it (a second document) drops it', async () => {
    const host = await ready();
    iframeOf(host).dispatchEvent(new Event('load'));
    expect(frameHosts()).toEqual([host]);
    iframeOf(host).dispatchEvent(new Event('load'));
    expect(frameHosts()).toEqual([]);
    // The next open is a fresh frame for its meeting.
    buttonOf(badgeHosts()[0] as Element).click();
    expect(new URL(iframeOf(newest() as Element).src).searchParams.get('meeting')).toBe('google:dana1');
  });

  test('after a card closes, another is kept ready once the page is idle', async () => {
    const host = await ready();
    const badge = badgeHosts()[0] as Element;
    buttonOf(badge).click();
    buttonOf(badge).click();
    expect(frameHosts()).toEqual([]);
    runIdle();
    expect(frameHosts()).toHaveLength(1);
    expect(frameHosts()[0]).not.toBe(host);
    expect(openCards()).toEqual([]);
  });
});
