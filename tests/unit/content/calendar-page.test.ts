// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableIframePageLoading":true}}
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ADAPTERS } from '../../../lib/calendar/adapters';
import { BADGE_NAME } from '../../../lib/content/badges';
import { type CalendarPage, startCalendarPage } from '../../../lib/content/calendar-page';
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

beforeEach(() => {
  roots = [];
  const attach = HTMLElement.prototype.attachShadow;
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  chipClicks = 0;
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
      if (message.type === 'prep/claim-auto-open') return { ok: true, value: { open: false } } as never;
      return { ok: true, value: { oneOnOnes: ['google:dana1'], toRaise: [3] } } as never;
    },
  });
});
afterEach(() => page.stop());

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
    const frameHost = document.querySelector('upward-prep');
    expect(frameHost).not.toBeNull();
    const iframe = roots.find((root) => root.host === frameHost)?.querySelector('iframe');
    const src = new URL(iframe?.src ?? '');
    expect(src.pathname).toBe('/prep.html');
    expect(src.searchParams.get('meeting')).toBe('google:dana1');
    expect(src.searchParams.get('scheme')).toMatch(/^(light|dark)$/);
    expect(buttonOf(host).getAttribute('aria-expanded')).toBe('true');
    // Enter on the badge is the badge's, not the chip's.
    buttonOf(host).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(chipClicks).toBe(0);
  });

  test('a normal click on the event still reaches the calendar', async () => {
    await settle();
    (document.querySelector('[data-eventchip]') as HTMLElement).click();
    expect(chipClicks).toBe(1);
    expect(document.querySelector('upward-prep')).toBeNull();
  });

  test('prep/close from the open card closes it and gives focus back to the badge', async () => {
    await settle();
    const host = badgeHosts()[0] as Element;
    buttonOf(host).click();
    // What the card asked, passed on by the background.
    const closeDana = { type: 'prep/host', meetingId: 'google:dana1', message: { type: 'prep/close' } };
    expect(page.receive(closeDana, { id: ID })).toBeUndefined();
    expect(document.querySelector('upward-prep')).toBeNull();
    expect(document.activeElement).toBe(host);
    expect(buttonOf(host).getAttribute('aria-expanded')).toBe('false');
  });

  test('an Escape the page makes up (untrusted) does not close the card; a real one does (E2E)', async () => {
    await settle();
    buttonOf(badgeHosts()[0] as Element).click();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('upward-prep')).not.toBeNull();
  });

  test('the page removing the card closes it cleanly, with focus on the badge', async () => {
    await settle();
    const host = badgeHosts()[0] as Element;
    buttonOf(host).click();
    document.querySelector('upward-prep')?.remove();
    await settle();
    expect(buttonOf(host).getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(host);
    // Nothing is left half-open: the badge opens a fresh card.
    buttonOf(host).click();
    expect(document.querySelectorAll('upward-prep')).toHaveLength(1);
  });

  test("the page navigating the card's frame elsewhere closes the card, with focus on the badge", async () => {
    await settle();
    const host = badgeHosts()[0] as Element;
    buttonOf(host).click();
    const frameHost = document.querySelector('upward-prep') as Element;
    const iframe = roots.find((root) => root.host === frameHost)?.querySelector('iframe') as HTMLIFrameElement;
    iframe.dispatchEvent(new Event('load'));
    expect(document.querySelector('upward-prep')).not.toBeNull();
    // A second document in the frame is not the card: someone navigated it.
    iframe.dispatchEvent(new Event('load'));
    expect(document.querySelector('upward-prep')).toBeNull();
    expect(document.activeElement).toBe(host);
  });

  test('messages from anyone but the open card are ignored', async () => {
    await settle();
    buttonOf(badgeHosts()[0] as Element).click();
    const close = (meetingId: string) => ({ type: 'prep/host', meetingId, message: { type: 'prep/close' } });
    page.receive(close('google:dana1'), { id: 'another-extension' });
    // A stale card (an earlier meeting's) cannot close the one open now.
    page.receive(close('google:team1'), { id: ID });
    // A bare close, as the card itself once sent it, is not from the background.
    page.receive({ type: 'prep/close' }, { id: ID, url: `${PREP}?meeting=google%3Adana1` });
    expect(document.querySelector('upward-prep')).not.toBeNull();
  });

  test('only one card at a time; the same badge again closes it', async () => {
    await settle();
    const button = buttonOf(badgeHosts()[0] as Element);
    button.click();
    expect(page.openCard('google:dana1')).toBe(true);
    expect(document.querySelectorAll('upward-prep')).toHaveLength(1);
    button.click();
    expect(document.querySelectorAll('upward-prep')).toHaveLength(0);
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
});
