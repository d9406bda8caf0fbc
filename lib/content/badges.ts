import type { Scheme } from './page-scheme';

/** The badge's element name on the page; the watcher skips it (`isUpwardNode`). */
export const BADGE_TAG = 'upward-badge';
/** Its accessible name: the same on every badge, so the page learns no person's name from it. */
export const BADGE_NAME = 'Upward: prepare for this 1:1';

/**
 * Inside a closed shadow root, so page styles cannot reach in and page scripts cannot read it.
 * Positioned in the chip's top corner at the end of its line (right, or left on a right-to-left
 * page): no layout shift, the title stays readable from its start. `!important` on :host wins
 * over any page rule for the host element; `all: initial` sets what it does not name (margins,
 * the other sides) to their initial values.
 */
const BADGE_CSS = `
:host{all:initial!important;position:absolute!important;top:3px!important;inset-inline-end:3px!important;z-index:5!important;display:block!important;width:20px!important;height:20px!important;pointer-events:auto!important}
:host([data-flow]){position:relative!important;top:0!important;inset-inline-end:0!important;width:auto!important;height:0!important}
:host([data-flow]) button{position:absolute;inset-inline-end:3px;bottom:3px}
button{all:unset;box-sizing:border-box;width:20px;height:20px;border-radius:50%;display:flex;align-items:center;justify-content:center;cursor:pointer;background:#2f6b4f;color:#fff;box-shadow:0 0 0 1px #fff}
button:hover{background:#24543e}
button:focus-visible{box-shadow:inset 0 0 0 2px #fff,0 0 0 2px #1a73e8}
button[aria-expanded="true"]{box-shadow:inset 0 0 0 2px #fff,0 0 0 1px #2f6b4f}
:host([data-scheme="dark"]) button{background:#7cc4a0;color:#0d1a13;box-shadow:0 0 0 1px #131314}
:host([data-scheme="dark"]) button:hover{background:#9bd4b7}
:host([data-scheme="dark"]) button:focus-visible{box-shadow:inset 0 0 0 2px #131314,0 0 0 2px #8ab4f8}
:host([data-scheme="dark"]) button[aria-expanded="true"]{box-shadow:inset 0 0 0 2px #131314,0 0 0 1px #7cc4a0}
svg{width:14px;height:14px;display:block;pointer-events:none}
@media (forced-colors:active){button{border:1px solid ButtonText;background:ButtonFace;color:ButtonText}}
`;

/** An upward arrow: "Upward", and "get ready". */
const ICON_PATH = 'M12 4 5 11l1.4 1.4L11 7.8V20h2V7.8l4.6 4.6L19 11z';

/**
 * Pointer and key events that must not reach the chip: the calendar would open its own dialog,
 * start a drag, or create an event. Enter and Space only for keys, so page shortcuts still work.
 */
const CONTAINED = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'click',
  'dblclick',
  'auxclick',
  'touchstart',
  'touchend',
];
const ACTIVATING_KEYS = new Set(['Enter', ' ', 'Spacebar']);

/** After this many re-attachments to one chip, the app is fighting us: leave that chip alone. */
const MAX_ATTACH_PER_CHIP = 20;

interface Badge {
  host: HTMLElement;
  button: HTMLButtonElement;
}

export interface BadgeLayerOptions {
  document: Document;
  isOneOnOne(id: string): boolean;
  /** The chips on the page now for an event. */
  elementsOf(id: string): ReadonlySet<Element>;
  /** The page's scheme, read when a badge is made. */
  scheme(): Scheme;
  /** A badge was activated (click, Enter, Space). */
  onActivate(id: string): void;
  /** The pointer or keyboard focus reached a badge: it may be activated next. */
  onReach?(id: string): void;
}

export interface BadgeLayer {
  /** Brings these events' badges in line with the page and the verdicts. Touches only these ids. */
  update(ids: Iterable<string>): void;
  /** Every recognised event plus every badged one: after the set of 1:1s changed. */
  sync(oneOnOnes: ReadonlySet<string>): void;
  /** The chip to anchor the card to: the one whose badge was used, else any on the page. */
  anchorFor(id: string): Element | null;
  /** Moves focus back to the event's badge; false when it has none on the page. */
  focus(id: string): boolean;
  /** Marks which event's card is open (`aria-expanded`), or none. */
  setExpanded(id: string | null): void;
  /** Removes every badge (extension updated or uninstalled, session over). */
  removeAll(): void;
  /** How many badges are on the page (tests, benchmark). */
  readonly size: number;
}

export function createBadgeLayer(options: BadgeLayerOptions): BadgeLayer {
  const { document: doc } = options;
  const badges = new Map<string, Map<Element, Badge>>();
  const attachCount = new WeakMap<Element, number>();
  /** The badge last used per event, so focus returns to the one the user pressed. */
  const lastUsed = new Map<string, Badge>();
  let expanded: string | null = null;

  function makeBadge(id: string, chip: Element): Badge {
    const host = doc.createElement(BADGE_TAG);
    host.setAttribute('data-scheme', options.scheme());
    // A chip the page did not position (rare): a zero-height line at its end, still no shift.
    const position = doc.defaultView?.getComputedStyle(chip).position;
    if (position === 'static') host.setAttribute('data-flow', '');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-label', BADGE_NAME);
    button.title = BADGE_NAME;
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', String(expanded === id));
    const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = doc.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', ICON_PATH);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    button.append(svg);
    root.append(style, button);
    const badge: Badge = { host, button };
    for (const type of CONTAINED) host.addEventListener(type, (event) => event.stopPropagation());
    for (const type of ['keydown', 'keyup', 'keypress']) {
      host.addEventListener(type, (event) => {
        if (ACTIVATING_KEYS.has((event as KeyboardEvent).key)) event.stopPropagation();
      });
    }
    button.addEventListener('click', () => {
      lastUsed.set(id, badge);
      options.onActivate(id);
    });
    for (const type of ['pointerenter', 'focusin']) host.addEventListener(type, () => options.onReach?.(id));
    return badge;
  }

  function update(ids: Iterable<string>): void {
    for (const id of ids) {
      const wanted = options.isOneOnOne(id) ? options.elementsOf(id) : new Set<Element>();
      let have = badges.get(id);
      if (have) {
        for (const [chip, badge] of have) {
          if (wanted.has(chip) && chip.isConnected && badge.host.parentNode === chip) continue;
          if (badge.host.parentNode === chip) badge.host.remove();
          have.delete(chip);
        }
      }
      for (const chip of wanted) {
        if (!chip.isConnected || have?.has(chip)) continue;
        const count = attachCount.get(chip) ?? 0;
        if (count >= MAX_ATTACH_PER_CHIP) continue;
        attachCount.set(chip, count + 1);
        const badge = makeBadge(id, chip);
        chip.append(badge.host);
        if (!have) {
          have = new Map();
          badges.set(id, have);
        }
        have.set(chip, badge);
      }
      if (have && have.size === 0) {
        badges.delete(id);
        lastUsed.delete(id);
      }
    }
  }

  function connectedBadge(id: string): Badge | null {
    const used = lastUsed.get(id);
    if (used?.host.isConnected) return used;
    for (const badge of badges.get(id)?.values() ?? []) if (badge.host.isConnected) return badge;
    return null;
  }

  return {
    update,
    sync(oneOnOnes) {
      update(new Set([...badges.keys(), ...oneOnOnes]));
    },
    anchorFor(id) {
      const badge = connectedBadge(id);
      if (badge?.host.parentElement) return badge.host.parentElement;
      for (const chip of options.elementsOf(id)) if (chip.isConnected) return chip;
      return null;
    },
    focus(id) {
      const badge = connectedBadge(id);
      badge?.button.focus();
      return badge !== null;
    },
    setExpanded(id) {
      expanded = id;
      for (const [eventId, map] of badges) {
        for (const badge of map.values()) badge.button.setAttribute('aria-expanded', String(eventId === id));
      }
    },
    removeAll() {
      for (const map of badges.values()) for (const badge of map.values()) badge.host.remove();
      badges.clear();
      lastUsed.clear();
    },
    get size() {
      let count = 0;
      for (const map of badges.values()) count += map.size;
      return count;
    },
  };
}
