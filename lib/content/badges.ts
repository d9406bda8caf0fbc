import { type Scheme, schemeOfColor } from './page-scheme';

/** The badge's element name on the page; the watcher skips it (`isUpwardNode`). */
export const BADGE_TAG = 'upward-badge';
/** Its accessible name: the same on every badge, so the page learns no person's name from it. */
export const BADGE_NAME = 'Upward: prepare for this 1:1';

/**
 * Inside a closed shadow root, so page styles cannot reach in and page scripts cannot read it.
 * A 24×24 target (WCAG 2.5.8) in the chip's top corner at the end of its line (right, or left on
 * a right-to-left page): no layout shift, and the text beside it yields the room (`clearText`).
 * Dark on a light chip, light on a dark one, so it keeps at least 3:1 against every event colour.
 * `!important` on :host wins over any page rule for the host element.
 */
const BADGE_CSS = `:host{all:initial!important;position:absolute!important;top:2px!important;inset-inline-end:2px!important;z-index:5!important;display:block!important;width:24px!important;height:24px!important}
:host([data-flow]){position:relative!important;top:0!important;inset-inline-end:0!important;width:auto!important;height:0!important}
:host([data-flow]) button{position:absolute;inset-inline-end:2px;bottom:2px}
button{all:unset;width:24px;height:24px;border-radius:50%;display:flex;align-items:center;justify-content:center;cursor:pointer;font:700 12px/1 sans-serif;background:#1f1f1f;color:#fff;box-shadow:0 0 0 1px #fff}
:host([data-on=dark]) button{background:#fff;color:#1f1f1f;box-shadow:0 0 0 1px #1f1f1f}
button:focus-visible,button[aria-expanded=true]{outline:2px solid #1a73e8;outline-offset:1px}
@media (forced-colors:active){button{border:1px solid ButtonText;background:ButtonFace;color:ButtonText}}`;

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
  /** Gives the chip's text its room back. */
  restore(): void;
}

export interface BadgeLayerOptions {
  document: Document;
  isOneOnOne(id: string): boolean;
  /** The chips on the page now for an event. */
  elementsOf(id: string): ReadonlySet<Element>;
  /** The page's scheme, read when a badge is made (for a chip with no colour of its own). */
  scheme(): Scheme;
  /**
   * How many things are to raise in this 1:1 (needs and questions), from the verdicts. Only the
   * count reaches the page, never a name or a word.
   */
  countOf(id: string): number | undefined;
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

  /** The number (or + for nothing prepared yet) and the words for it, without a name. */
  function paint(badge: Badge, id: string): void {
    const count = options.countOf(id) ?? 0;
    const name = count ? `Upward: ${count} to raise in this 1:1` : `${BADGE_NAME} (nothing yet)`;
    badge.button.textContent = count ? `${count}` : '+';
    badge.button.setAttribute('aria-label', name);
    badge.button.title = name;
  }

  function makeBadge(id: string, chip: Element): Badge {
    const host = doc.createElement(BADGE_TAG);
    const look = getComputedStyle(chip);
    // The chip's own colour decides the badge's (the page's scheme when it has none).
    host.setAttribute('data-on', schemeOfColor(look.backgroundColor) || options.scheme());
    // A chip the page did not position (rare): a zero-height line at its end, still no shift.
    if (look.position === 'static') host.setAttribute('data-flow', '');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    const button = doc.createElement('button');
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-expanded', String(expanded === id));
    root.append(style, button);
    const badge: Badge = { host, button, restore() {} };
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
    paint(badge, id);
    return badge;
  }

  /**
   * The text beside the badge makes room for it, so the badge never covers the title: each block
   * of text that reaches under the badge (it starts above the badge's bottom and runs into its
   * width) gets the badge's width as padding at its line's end (it ellipsises or wraps sooner). Not the chip itself, whose box must not change
   * (a visually hidden label may get it too: it is clipped to nothing anyway). Undone when the
   * badge goes.
   */
  function clearText(badge: Badge, chip: Element): void {
    const b = badge.host.getBoundingClientRect();
    const walker = doc.createTreeWalker(chip, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Inside the chip, every text's ancestors lead up to the chip.
      let box = node.parentElement as HTMLElement;
      while (box !== chip && getComputedStyle(box).display === 'inline') box = box.parentElement as HTMLElement;
      const style = box.style;
      const r = box.getBoundingClientRect();
      if (
        box === chip ||
        style.paddingInlineEnd === '28px' ||
        r.top >= b.bottom ||
        r.right <= b.left ||
        r.left >= b.right
      )
        continue;
      const before = style.paddingInlineEnd;
      style.paddingInlineEnd = '28px';
      const previous = badge.restore;
      // Undone newest first: a block met twice (two texts in it) gets its own value back last.
      badge.restore = () => {
        style.paddingInlineEnd = before;
        previous();
      };
    }
  }

  function drop(badge: Badge): void {
    badge.restore();
    badge.host.remove();
  }

  function update(ids: Iterable<string>): void {
    for (const id of ids) {
      const wanted = options.isOneOnOne(id) ? options.elementsOf(id) : new Set<Element>();
      let have = badges.get(id);
      if (have) {
        for (const [chip, badge] of have) {
          if (wanted.has(chip) && chip.isConnected && badge.host.parentNode === chip) {
            paint(badge, id);
            continue;
          }
          if (badge.host.parentNode === chip) drop(badge);
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
        clearText(badge, chip);
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
      for (const map of badges.values()) for (const badge of map.values()) drop(badge);
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
