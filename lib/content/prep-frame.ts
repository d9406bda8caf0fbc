import type { Scheme } from './page-scheme';
import { type Box, placeCard } from './placement';

/** The card host's element name on the page; the watcher skips it. */
export const FRAME_TAG = 'upward-prep';
/** Until the card says how tall it is (`prep/resize`). */
export const DEFAULT_HEIGHT = 460;

/**
 * The frame sits in a closed shadow root so page CSS cannot restyle or hide it. What the user
 * types lives only inside the iframe: an extension page, cross-origin to the calendar, whose
 * keystrokes and DOM the page cannot see. `all:initial!important` makes every property of the
 * host important (an important rule inside a shadow tree beats the page's), so margin, border,
 * transform, opacity and visibility are already pinned to their initial values: only what differs
 * from those is written out.
 */
const FRAME_CSS = `
:host{all:initial!important;position:fixed!important;left:var(--upward-left)!important;top:var(--upward-top)!important;width:var(--upward-width)!important;height:var(--upward-height)!important;z-index:2147483646!important;display:block!important}
.card{box-sizing:border-box;width:100%;height:100%;border-radius:10px;overflow:hidden;border:1px solid #d5d9e0;background:#fff;box-shadow:0 4px 12px #0003}
:host([data-scheme=dark]) .card{border-color:#3a4250;background:#1b1f27;box-shadow:0 4px 16px #0009}
iframe{display:block;width:100%;height:100%;border:0}
`;

/**
 * Why the card closed. `removed`: the page took its host element out. `navigated`: a second
 * document loaded in the frame, which is not the card (the page can navigate a child frame).
 */
export type CloseReason = 'escape' | 'frame' | 'toggle' | 'replaced' | 'gone' | 'stop' | 'removed' | 'navigated';

export interface PrepFrameOptions {
  document: Document;
  /** The prep page's URL for this event, shown in the page's scheme. */
  frameUrl(eventId: string, scheme: Scheme, folded: boolean): string;
  scheme(): Scheme;
  /** The card closed; `reason` says whether focus should go back to the badge. */
  onClosed(eventId: string, reason: CloseReason): void;
}

export interface PrepFrame {
  /** The event whose card is open, or null. */
  readonly eventId: string | null;
  /**
   * Opens the card for an event (closing any other), anchored beside `anchor()`'s element.
   * `folded`: it opened by itself, so it shows who and when only, until the user opens it.
   */
  open(eventId: string, anchor: () => Element | null, folded?: boolean): void;
  close(reason: CloseReason): void;
  /** The card reported its content height. */
  resize(height: number): void;
  /** Re-anchors on the next frame (scroll, resize, the chip re-rendered). */
  reposition(): void;
  /** The host element on the page (tests, benchmark), or null when closed. */
  readonly host: HTMLElement | null;
}

export function createPrepFrame(options: PrepFrameOptions): PrepFrame {
  const { document: doc } = options;
  const view = doc.defaultView as Window;
  let current: { eventId: string; host: HTMLElement; iframe: HTMLIFrameElement; anchor: () => Element | null } | null =
    null;
  // The page may take the host out of the document: the card is then closed, not left half-open.
  const removal = new MutationObserver(() => {
    if (current && !current.host.isConnected) close('removed');
  });
  let wantedHeight = DEFAULT_HEIGHT;
  let frameRequest = 0;

  function place(): void {
    frameRequest = 0;
    if (!current) return;
    const chip = current.anchor();
    const rect = chip?.isConnected ? chip.getBoundingClientRect() : null;
    const box: Box | null = rect && rect.width + rect.height > 0 ? rect : null;
    const spot = placeCard(
      box,
      { width: doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight },
      wantedHeight,
    );
    const style = current.host.style;
    // Custom properties: `all: initial` on :host resets every real property, never these.
    style.setProperty('--upward-left', `${spot.left}px`, 'important');
    style.setProperty('--upward-top', `${spot.top}px`, 'important');
    style.setProperty('--upward-width', `${spot.width}px`, 'important');
    style.setProperty('--upward-height', `${spot.height}px`, 'important');
    current.host.setAttribute('data-side', spot.side);
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
    view.removeEventListener('scroll', reposition, true);
    view.removeEventListener('resize', reposition);
    doc.removeEventListener('keydown', onKeyDown, true);
    removal.disconnect();
    host.remove();
    options.onClosed(eventId, reason);
  }

  function open(eventId: string, anchor: () => Element | null, folded = false): void {
    if (current) close('replaced');
    const scheme = options.scheme();
    const host = doc.createElement(FRAME_TAG);
    host.setAttribute('data-scheme', scheme);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = FRAME_CSS;
    const card = doc.createElement('div');
    card.className = 'card';
    const iframe = doc.createElement('iframe');
    iframe.title = 'Upward prep card';
    iframe.src = options.frameUrl(eventId, scheme, folded);
    // The card's scheme is the page's: keep the frame's canvas from painting the other one.
    iframe.style.colorScheme = scheme;
    card.append(iframe);
    root.append(style, card);
    wantedHeight = DEFAULT_HEIGHT;
    current = { eventId, host, iframe, anchor };
    place();
    // Outside <body>: single-page apps replace the body's children when they change view.
    doc.documentElement.append(host);
    view.addEventListener('scroll', reposition, { capture: true, passive: true });
    view.addEventListener('resize', reposition, { passive: true });
    doc.addEventListener('keydown', onKeyDown, true);
    removal.observe(doc.documentElement, { childList: true });
    let loads = 0;
    iframe.addEventListener('load', () => {
      if (current?.iframe !== iframe) return;
      // The card never navigates itself: a second document is someone else's page in our frame.
      if (++loads > 1) close('navigated');
      else iframe.focus();
    });
    iframe.focus();
  }

  return {
    get eventId() {
      return current?.eventId ?? null;
    },
    get host() {
      return current?.host ?? null;
    },
    open,
    close,
    resize(height) {
      if (!current || !Number.isFinite(height)) return;
      wantedHeight = height;
      reposition();
    },
    reposition,
  };
}
