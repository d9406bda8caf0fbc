import type { CalendarAdapter } from '../calendar/types';
import { readBackgroundMessage } from '../messages/background-to-tab';
import type { SendToBackground } from '../messages/content-to-background';
import type { SenderInfo } from '../messages/protocol';
import { createAutoOpener } from './auto-open';
import { BADGE_TAG, createBadgeLayer } from './badges';
import { type CalendarSession, startCalendarSession } from './calendar-session';
import { pageScheme } from './page-scheme';
import { type CloseReason, createPrepFrame, FRAME_TAG } from './prep-frame';

export interface CalendarPageOptions {
  document: Document;
  /** The site adapters this content script carries. */
  adapters: readonly CalendarAdapter[];
  currentUrl(): URL;
  send: SendToBackground;
  /** This extension's id (`runtime.id`): the only sender whose messages count. */
  extensionId: string;
  /** `runtime.getURL('/prep.html')`. */
  prepUrl: string;
  /**
   * False once this script's extension was updated or removed. Checked before acting on the
   * user's behalf; the caller also stops the page then (WXT's `ctx.onInvalidated`).
   */
  alive?(): boolean;
}

export interface CalendarPage {
  readonly session: CalendarSession;
  /** The single-page app moved (view, date, mail ↔ calendar). */
  locationChanged(): void;
  /**
   * A runtime message for this tab from the background: its own (`calendar/recheck`,
   * `prep/open`) or a card's, passed on (`prep/host`: close, resize, which meeting). Anything else
   * is ignored. Returns the answer for messages that have one.
   */
  receive(message: unknown, sender: SenderInfo): Promise<{ shown: boolean } | { eventId?: string }> | undefined;
  /** Call every few seconds: looks for a 1:1 about to start (cheap; asks at most once a minute). */
  tick(): void;
  /** Opens the card for an event on the page (badge, reminder, auto-open); false if not on the page. */
  openCard(eventId: string): boolean;
  /** Everything Upward put on the page goes; nothing more is sent. */
  stop(): void;
}

/** Closes after which focus goes back to the badge (not a toggle by the badge itself, or another card). */
const FOCUS_BADGE_AFTER: ReadonlySet<CloseReason> = new Set(['escape', 'frame', 'removed', 'navigated']);

const OWN_NODES = new Set([BADGE_TAG.toUpperCase(), FRAME_TAG.toUpperCase()]);

/** Upward's own nodes on the page, which the page watcher must not read. */
export function isUpwardNode(node: Node): boolean {
  return OWN_NODES.has(node.nodeName);
}

/**
 * Everything Upward does on a calendar page: recognise 1:1s (the session), badge them, show
 * one prep card beside the event, open it by itself before the next 1:1. The page gets only
 * badges and the frame's host element; what the user types stays in the frame.
 */
export function startCalendarPage(options: CalendarPageOptions): CalendarPage {
  const { document: doc } = options;
  const view = doc.defaultView as Window;
  let stopped = false;
  const alive = () => !stopped && options.alive?.() !== false;

  const badges = createBadgeLayer({
    document: doc,
    isOneOnOne: (id) => session.oneOnOnes.has(id),
    elementsOf: (id) => session.elementsOf(id),
    countOf: (id) => session.toRaise(id),
    scheme: () => pageScheme(doc),
    onActivate(id) {
      if (!alive()) return;
      // The badge of the open card closes it: one control to open and close.
      if (frame.eventId === id) frame.close('toggle');
      else openCard(id);
    },
    // The pointer or focus reached a badge: the card kept ready reads that meeting now, in place.
    onReach: (id) => alive() && reach(id),
  });
  const reach = (id: string) => frame.warm(id, () => badges.anchorFor(id));
  // Once the page is idle, a card is kept ready (hidden) for the next open: for the meeting whose
  // card just closed, if any, since its badge still has the pointer or focus.
  const warmSoon = (id?: string) =>
    view.requestIdleCallback?.(() => alive() && (id ? reach(id) : frame.warm()), { timeout: 2000 });

  const frame = createPrepFrame({
    document: doc,
    scheme: () => pageScheme(doc),
    frameUrl(eventId, scheme, name, folded) {
      const url = new URL(options.prepUrl);
      if (eventId) url.searchParams.set('meeting', eventId);
      url.searchParams.set('scheme', scheme);
      url.searchParams.set('frame', name);
      if (folded) url.searchParams.set('view', 'folded');
      return url.href;
    },
    onClosed(eventId, reason) {
      badges.setExpanded(null);
      if (FOCUS_BADGE_AFTER.has(reason)) badges.focus(eventId);
      warmSoon(eventId);
    },
  });

  const autoOpener = createAutoOpener({
    now: () => Date.now(),
    events: () => session.events(),
    isOneOnOne: (id) => session.oneOnOnes.has(id),
    busy: () => !alive() || frame.eventId !== undefined,
    async claim(eventId) {
      const answer = await options.send({ type: 'prep/claim-auto-open', eventId });
      return answer?.ok === true && answer.value.open;
    },
    // Opened by itself, on a tab that may be shared in this very meeting: folded.
    open: (eventId) => void openCard(eventId, true),
  });
  const session: CalendarSession = startCalendarSession({
    document: doc,
    adapters: options.adapters,
    currentUrl: options.currentUrl,
    send: options.send,
    isOwn: isUpwardNode,
    onOneOnOnes(ids) {
      badges.sync(ids);
      void autoOpener.check();
      if (ids.size) warmSoon();
    },
    onChips(ids) {
      badges.update(ids);
      const open = frame.eventId;
      if (open && ids.has(open)) frame.reposition();
    },
  });

  function openCard(eventId: string, folded = false): boolean {
    if (!alive()) return false;
    const anchor = () => badges.anchorFor(eventId);
    if (!anchor()) return false;
    frame.open(eventId, anchor, folded);
    badges.setExpanded(eventId);
    return true;
  }

  return {
    session,
    locationChanged: () => session.locationChanged(),
    openCard,
    tick() {
      if (alive()) void autoOpener.check();
    },
    receive(raw, sender) {
      if (!alive()) return undefined;
      const message = readBackgroundMessage(raw, sender, options.extensionId);
      if (message?.type === 'prep/host') return frame.fromCard(message.frame, message.message);
      if (message?.type === 'calendar/recheck') session.recheck();
      if (message?.type === 'prep/open') return Promise.resolve({ shown: openCard(message.eventId) });
      return undefined;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      frame.stop();
      badges.removeAll();
      session.stop();
    },
  };
}
