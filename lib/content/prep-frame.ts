import type { PrepFrameMessage } from '../messages/frame-to-tab';
import type { Scheme } from './page-scheme';
import { type Box, CARD_WIDTH, type Placement, placeCard } from './placement';

/** The card host's element name on the page; the watcher skips it. */
export const FRAME_TAG = 'upward-prep';
/** Until the card says how tall it is (`prep/resize`). */
export const DEFAULT_HEIGHT = 460;
/**
 * How long a card kept ready's "which meeting?" is held before it is answered with none: the
 * request passes through the background, which must not be kept busy long (it would not sleep,
 * or be stopped mid-request); the card asks again.
 */
export const NEXT_HOLD_MS = 20_000;
/**
 * How long an opened card stays hidden while it draws its meeting and says how tall it is, before
 * it shows as it is. Shown before then, it would jump (up or down beside a low event, or taller)
 * as its size arrived, under the pointer that just clicked. A card kept ready has most often
 * drawn the meeting before the click, and shows at once.
 */
export const SIZE_WAIT_MS = 400;
/**
 * How long a card that closed itself (Esc or its close button, focus inside it) stays on the page,
 * hidden, before its frame is taken away. A key still going down or up in the frame as it closes
 * must reach the frame it was sent to: a frame removed under it leaves the browser waiting for an
 * answer that never comes (a test driving the keyboard hangs on the key's release).
 */
export const CLOSED_FRAME_MS = 400;

/**
 * The frame sits in a closed shadow root so page CSS cannot restyle or hide it. What the user
 * types lives only inside the iframe: an extension page, cross-origin to the calendar, whose
 * keystrokes and DOM the page cannot see. `all:initial!important` makes every property of the
 * host important (an important rule inside a shadow tree beats the page's), so margin, border,
 * transform, opacity and visibility are already pinned to their initial values: only what differs
 * from those is written out. A card kept ready (`data-ready`) is hidden: invisible, and no target
 * for the pointer, so it may wait beside a badge over the calendar without covering it.
 */
const FRAME_CSS = [
  ':host{all:initial!important;position:fixed!important;left:var(--upward-left)!important;top:var(--upward-top)!important;width:var(--upward-width)!important;height:var(--upward-height)!important;z-index:2147483646!important;display:block!important}',
  ':host([data-ready]){visibility:hidden!important}',
  '.card,iframe{box-sizing:border-box;display:block;width:100%;height:100%;border:0}',
  '.card{border-radius:10px;overflow:hidden;border:1px solid #d5d9e0;background:#fff;box-shadow:0 4px 16px #0003}',
  ':host([data-scheme=dark]) .card{border-color:#3a4250;background:#1b1f27;box-shadow:0 4px 16px #0009}',
].join('');

/**
 * Why the card closed. `removed`: the page took its host element out. `navigated`: a second
 * document loaded in the frame, which is not the card (the page can navigate a child frame).
 */
export type CloseReason = 'escape' | 'frame' | 'toggle' | 'replaced' | 'gone' | 'stop' | 'removed' | 'navigated';

export interface PrepFrameOptions {
  document: Document;
  /**
   * The prep page's URL: for this event (or, kept ready, for none yet), shown in the page's
   * scheme, `folded` when it opened by itself; `frame` names this frame among the tab's, so its
   * messages can be told apart.
   */
  frameUrl(eventId: string | null, scheme: Scheme, frame: string, folded: boolean): string;
  scheme(): Scheme;
  /** The card closed; `reason` says whether focus should go back to the badge. */
  onClosed(eventId: string, reason: CloseReason): void;
}

export interface PrepFrame {
  /** The event whose card is open, if one is. */
  readonly eventId: string | undefined;
  /**
   * Opens the card for an event (closing any other), anchored beside `anchor()`'s element.
   * `folded`: it opened by itself, so it shows who and when only, until the user opens it. Such a
   * card gets a frame of its own, never the one kept ready (told meetings in full as the pointer
   * passed), so no full card is ever drawn on a tab that may be shared.
   */
  open(eventId: string, anchor: () => Element | null, folded?: boolean): void;
  /**
   * Keeps a card ready, hidden, so the next open only shows it: the prep page loaded with no
   * meeting, then (when the pointer or focus reaches a badge) told which one, so it has read it
   * before the click. Nothing of it shows on the page until opened.
   */
  warm(eventId?: string, anchor?: () => Element | null): void;
  /**
   * What the card in frame `frame` asked (passed on by the background), if it is one of this
   * host's frames:
   * - `prep/next`: the ready frame, showing `shows`, asks which meeting to show: answered once it
   *   is to show another, or with none after `NEXT_HOLD_MS` (it asks again); undefined for the
   *   open card showing its meeting (it asks no more).
   * - `prep/resize`: its content height; with `shows`, the meeting it has drawn (and measured),
   *   without while it has none drawn yet (loading).
   * - `prep/close`: honoured from the open card only.
   */
  fromCard(frame: string, request: PrepFrameMessage): Promise<{ eventId?: string }> | undefined;
  close(reason: CloseReason): void;
  /** Re-anchors on the next frame (scroll, resize, the chip re-rendered). */
  reposition(): void;
  /** Closes the card and drops the one kept ready. */
  stop(): void;
}

interface Frame {
  name: string;
  /** On the page, `data-ready` (hidden) until opened. */
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  scheme: Scheme;
  /**
   * The meeting it is to show; and the one it shows as far as the host knows: the one it was
   * last told, or (when it asks again) the one it says it shows, since an answer may have been
   * lost on its way with a background stopped meanwhile. Undefined until it first asks (still
   * loading, or loaded for its meeting).
   */
  eventId: string | null;
  shows?: string | null;
  /** What a card kept ready is placed beside while hidden (a badge reached), if anything. */
  anchor?: () => Element | null;
  /** Its pending `prep/next`. */
  waiting?: (answer: { eventId?: string }) => void;
  height?: number;
  /**
   * The meeting whose drawn card `height` measures (both come in one report): none while it
   * draws one. Told another meeting, the card says so with its next height.
   */
  measured?: string;
}

/** The card's box on the page, as custom properties on its host (`--upward-left`…). */
const FRAME_BOX = ['left', 'top', 'width', 'height'] as const;

/** Custom properties: `all: initial` on :host resets every real property, never these. */
function setBox(host: HTMLElement, box: Pick<Placement, (typeof FRAME_BOX)[number]>): void {
  for (const side of FRAME_BOX) host.style.setProperty(`--upward-${side}`, `${box[side]}px`, 'important');
}

export function createPrepFrame(options: PrepFrameOptions): PrepFrame {
  const { document: doc } = options;
  const view = doc.defaultView as Window;
  let current: (Frame & { eventId: string; anchor: () => Element | null }) | null = null;
  /** The card kept ready: hidden, its page loaded. */
  let spare: Frame | null = null;
  // The page may take the host out of the document: the card is then closed, not left half-open.
  const removal = new MutationObserver(() => {
    if (current && !current.host.isConnected) close('removed');
  });
  let frameRequest = 0;
  /** The open card's wait for its size (SIZE_WAIT_MS), while hidden; 0 once it shows. */
  let sizeWait: ReturnType<typeof setTimeout> | 0 = 0;

  /** Puts a frame beside its anchor at its height (the card kept ready too: hidden, in place). */
  function put(frame: Frame, anchor: () => Element | null): void {
    const chip = anchor();
    const rect = chip?.isConnected ? chip.getBoundingClientRect() : null;
    const box: Box | null = rect && rect.width + rect.height > 0 ? rect : null;
    const spot = placeCard(
      box,
      { width: doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight },
      frame.height ?? DEFAULT_HEIGHT,
    );
    setBox(frame.host, spot);
    frame.host.setAttribute('data-side', spot.side);
  }

  function place(): void {
    frameRequest = 0;
    if (current) put(current, current.anchor);
  }

  function reposition(): void {
    if (current && !frameRequest) frameRequest = view.requestAnimationFrame(place);
  }

  function onKeyDown(event: KeyboardEvent): void {
    // Esc while focus is on the page side (the badge, the calendar). Inside the frame the card
    // handles Esc itself and sends `prep/close`. Only a key the user pressed: the page can
    // dispatch a made-up Escape, which must not close the card under the user's cursor.
    if (event.key === 'Escape' && event.isTrusted && current && !event.defaultPrevented) close('escape');
  }

  function close(reason: CloseReason): void {
    if (!current) return;
    const { eventId, host } = current;
    current = null;
    if (frameRequest) view.cancelAnimationFrame(frameRequest);
    frameRequest = 0;
    clearTimeout(sizeWait);
    view.removeEventListener('scroll', reposition, true);
    view.removeEventListener('resize', reposition);
    doc.removeEventListener('keydown', onKeyDown, true);
    removal.disconnect();
    // Hidden now. Closed from inside, it stays a moment (CLOSED_FRAME_MS), until a key pressed in
    // it is over; focus goes to the badge meanwhile (onClosed). Any other way, it goes at once.
    host.setAttribute('data-ready', '');
    if (reason === 'frame') setTimeout(() => host.remove(), CLOSED_FRAME_MS);
    else host.remove();
    options.onClosed(eventId, reason);
  }

  /** Tells a frame the meeting it is to show, once it has asked. */
  function tell(frame: Frame): void {
    if (!frame.waiting || !frame.eventId || frame.eventId === frame.shows) return;
    frame.shows = frame.eventId;
    frame.waiting({ eventId: frame.eventId });
    frame.waiting = undefined;
  }

  /** A frame for the event (or none yet), on the page, its card hidden until opened. */
  function build(eventId: string | null, folded = false): Frame {
    const scheme = options.scheme();
    // Not to be guessed: a page cannot make a frame that passes for one of these.
    const name = crypto.randomUUID();
    const host = doc.createElement(FRAME_TAG);
    host.setAttribute('data-scheme', scheme);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = FRAME_CSS;
    const card = doc.createElement('div');
    card.className = 'card';
    // Until opened: unseen, out of the tab order and the accessibility tree, laid out at the
    // card's size (so the heights it reports are right), out of sight until a badge is reached.
    host.setAttribute('data-ready', '');
    setBox(host, { left: -CARD_WIDTH * 2, top: 0, width: CARD_WIDTH, height: DEFAULT_HEIGHT });
    const iframe = doc.createElement('iframe');
    iframe.title = 'Upward prep card';
    iframe.src = options.frameUrl(eventId, scheme, name, folded);
    // The card's scheme is the page's: keep the frame's canvas from painting the other one.
    iframe.style.colorScheme = scheme;
    card.append(iframe);
    root.append(style, card);
    const frame: Frame = { name, host, iframe, scheme, eventId };
    let loads = 0;
    iframe.addEventListener('load', () => {
      // The card never navigates itself: a second document is someone else's page in our frame.
      if (++loads > 1) {
        if (current?.iframe === iframe) close('navigated');
        else if (spare === frame) drop();
      } else if (current?.iframe === iframe) iframe.focus();
    });
    // Outside <body>: single-page apps replace the body's children when they change view.
    doc.documentElement.append(host);
    return frame;
  }

  function drop(): void {
    spare?.host.remove();
    spare = null;
  }

  /** The card kept ready, while it can still be shown: on the page, in the page's scheme. */
  const usable = (): Frame | null => (spare?.host.isConnected && spare.scheme === options.scheme() ? spare : null);

  function warm(eventId?: string, anchor?: () => Element | null): void {
    if (current) return;
    if (!usable()) {
      drop();
      // For no meeting, always: a card loaded for one shows that one and asks for no other.
      spare = build(null);
    }
    const kept = spare as Frame;
    if (eventId) {
      kept.eventId = eventId;
      tell(kept);
    }
    // Where it would open, still hidden: opening it then only shows it. A frame that moves onto
    // the screen, or changes size, as it opens paints a frame or two later.
    if (anchor) {
      kept.anchor = anchor;
      put(kept, anchor);
    }
  }

  function open(eventId: string, anchor: () => Element | null, folded = false): void {
    if (current) close('replaced');
    let frame: Frame;
    // With no card kept ready (none yet, or the page's scheme changed), a frame for this meeting.
    if (folded) frame = build(eventId, true);
    else if (!usable()) {
      drop();
      frame = build(eventId);
    } else {
      warm(eventId);
      frame = spare as Frame;
      spare = null;
      // A card kept ready that stopped asking (its tab was hidden, its way back gone) would
      // never hear the meeting: it stays kept ready, and this card gets a frame of its own.
      if (frame.shows !== eventId && frame.shows !== undefined && !frame.waiting) {
        spare = frame;
        frame = build(eventId);
      }
    }
    current = { ...frame, eventId, anchor };
    view.addEventListener('scroll', reposition, { capture: true, passive: true });
    view.addEventListener('resize', reposition, { passive: true });
    doc.addEventListener('keydown', onKeyDown, true);
    removal.observe(doc.documentElement, { childList: true });
    // Shown where it belongs, at its size: at once when it has drawn this meeting (told it as the
    // pointer or focus reached the badge), else once it has, or after SIZE_WAIT_MS as it is.
    if (frame.measured === eventId) show();
    else sizeWait = setTimeout(show, SIZE_WAIT_MS);
  }

  /** The open card, kept hidden until now, shows (placed at its height) and takes focus. */
  function show(): void {
    // Once per open: at once, or on its size, or after the wait (which either ends).
    clearTimeout(sizeWait);
    sizeWait = 0;
    const frame = current as Frame;
    place();
    frame.host.removeAttribute('data-ready');
    frame.iframe.focus();
    // Firefox does not focus a frame in the task that made it visible: again on the next frame,
    // unless focus went elsewhere meanwhile.
    const was = doc.activeElement;
    if (was !== frame.host) view.requestAnimationFrame(() => doc.activeElement === was && frame.iframe.focus());
  }

  return {
    get eventId() {
      return current?.eventId;
    },
    open,
    warm,
    fromCard(name, request) {
      const frame = [current, spare].find((one) => one?.name === name);
      if (!frame) return undefined;
      if (request.type === 'prep/next') {
        const { shows } = request;
        // The open card, showing its meeting, has nothing more to ask: undefined ends its asking.
        if (frame === current && shows === frame.eventId) return undefined;
        return new Promise((answer) => {
          // A newer ask replaces an older one (whose way back may be gone with a sleeping background).
          frame.waiting?.({});
          frame.waiting = answer;
          frame.shows = shows ?? null;
          tell(frame);
          setTimeout(() => {
            if (frame.waiting !== answer) return;
            frame.waiting = undefined;
            answer({});
          }, NEXT_HOLD_MS);
        });
      }
      if (request.type === 'prep/resize') {
        // (A height from a card was checked on its way in: readPrepFrameMessage.)
        frame.height = request.height;
        frame.measured = request.shows;
        if (frame !== current) {
          if (frame.anchor) put(frame, frame.anchor);
        } else if (sizeWait && frame.measured === frame.eventId) show();
        else reposition();
      }
      // Only the open card closes itself: a stale frame cannot close a new one.
      if (request.type === 'prep/close' && frame === current) close('frame');
      return undefined;
    },
    close,
    reposition,
    stop() {
      close('stop');
      drop();
    },
  };
}
