/**
 * Google Calendar (calendar.google.com). Reads chips by their stable data-* attributes and
 * accessible labels only; the vendor's class names change every year or two.
 */
import { attr, cleanEmails, isShown, queryAllWithSelf, textOf } from './dom';
import { googleEventIdentity } from './google-id';
import { parseGoogleLabel } from './google-label';
import { GOOGLE_SITE } from './google-site';
import type { CalendarAdapter, CalendarEvent, CalendarView, GuestList, LabelContext } from './types';

/**
 * Selectors, each with what it relies on and the fixture (tests/fixtures/google/) it was checked
 * on. Where the facts come from: docs/calendars.md.
 */
export const GOOGLE_SELECTORS = {
  /**
   * Event chips: `data-eventid` with `data-eventchip`, on every chip since 2019 while the class
   * names changed yearly. One event may show on several nodes (a chip per day of a multi-day
   * event; the resize handle repeats the id): merged by id. Month chips also carry
   * `data-stacked-layout-chip`; in schedule view the attributes sit on a `role="presentation"`
   * wrapper. Checked on day, week, customday, month and schedule.html.
   */
  chip: '[data-eventid][data-eventchip]',
  /** Schedule view: the label sits on the chip's inner button (schedule.html). */
  innerButton: '[role="button"]',
  /**
   * The event detail dialog, opened by clicking a chip: the only place guests appear. It
   * re-renders while its parts load (read it once settled, never put UI inside it), and hidden
   * leftover dialogs may stay in the DOM (check visibility). dialog-open.html.
   */
  detailsDialog: '[role="dialog"][data-chips-dialog="true"]',
  /** Inside the dialog: the event it shows. */
  detailsEvent: '#xDetDlg[data-eventid]',
  /** Inside the dialog: one element per guest, with `data-email`. */
  detailsGuests: '#xDetDlgAtt [data-email]',
  /** Inside the dialog: the guests section (absent for events without guests, or while loading). */
  detailsGuestSection: '#xDetDlgAtt',
  /** Main region; month view says `data-period-type="month"` (month.html). */
  periodRegion: '[role="main"][data-period-type]',
  /**
   * The account button at the top right, in every Google app: a link to accounts.google.com's
   * SignOutOptions whose label is "Google Account: <name> (<email>)" in the user's language
   * (pages saved by others, lib/suggestions/README.md).
   */
  account: '[href*=SignOut]',
} as const;

const MAX_RAW_ID = 512;

/** Views Google names as Upward does, in the path and in the main region's `data-period-type`. */
const NAMED_VIEWS = ['day', 'week', 'month', 'year'] as const;

/**
 * From the path, `/calendar/u/<n>/r/<view>[/YYYY/M/D]` (`agenda` is the schedule view), or when
 * the URL names no view (`/r`), from the main region's period type.
 */
function currentView(url: URL, root: ParentNode): CalendarView {
  const fromPath = /\/r\/([a-z]+)/.exec(url.pathname)?.[1];
  if (fromPath === 'agenda') return 'schedule';
  if (fromPath === 'customday') return 'customday';
  const name = fromPath ?? attr(root.querySelector(GOOGLE_SELECTORS.periodRegion), 'data-period-type');
  return NAMED_VIEWS.find((view) => view === name) ?? 'other';
}

/**
 * The chip's accessible description: its `aria-label`, else the text of its visually hidden
 * first child; in schedule view the same two places on its first inner button.
 */
export function googleChipLabel(chip: Element): string | null {
  const button = chip.matches(GOOGLE_SELECTORS.innerButton)
    ? chip
    : (chip.querySelector(GOOGLE_SELECTORS.innerButton) ?? chip);
  const label = attr(chip, 'aria-label') ?? attr(button, 'aria-label');
  if (label) return label;
  const first = button.firstElementChild;
  if (!first || first.getAttribute('aria-hidden') === 'true') return null;
  return textOf(first) || null;
}

/** The outermost chip for this element: a nested node repeating the id (resize handle) reads as its chip. */
function owningChip(element: Element): Element {
  const id = element.getAttribute('data-eventid');
  let chip = element;
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.getAttribute('data-eventid') === id && node.matches(GOOGLE_SELECTORS.chip)) chip = node;
  }
  return chip;
}

function readEvent(element: Element): CalendarEvent | null {
  if (!element.hasAttribute('data-eventid') || element.closest('[role="dialog"]')) return null;
  const chip = owningChip(element);
  const raw = attr(chip, 'data-eventid');
  // Real ids are well under 200 characters; a giant one is not a calendar chip (and would
  // exceed the id limit the background enforces on messages).
  if (!raw || raw.length > MAX_RAW_ID) return null;
  const identity = googleEventIdentity(raw);
  if (identity.isTask) return null;
  const label = googleChipLabel(chip);
  if (!label) return null;
  const { id, seriesId, recurring } = identity;
  return { site: 'google', id, seriesId, recurring, ...parseGoogleLabel(label, undefined, labelContext(chip)) };
}

/**
 * The page's language and the chip's day column (`data-datekey` = (year-1970)<<9 | month<<5 | day
 * on day columns and schedule rows): they choose the words and check the date.
 */
export function labelContext(chip: Element): LabelContext {
  const lang = chip.ownerDocument.documentElement.lang || undefined;
  const key = Number(chip.closest('[data-datekey]')?.getAttribute('data-datekey'));
  if (!Number.isInteger(key) || key <= 0) return { lang };
  return { lang, day: { year: 1970 + (key >> 9), month: (key >> 5) & 15, day: key & 31 } };
}

/**
 * Guests of the open detail dialog. Returns null when no visible dialog is open or when its
 * guest section is absent (no guests, or still loading): "unknown", never "nobody".
 */
function readOpenDetails(root: ParentNode): GuestList | null {
  for (const dialog of queryAllWithSelf(root, GOOGLE_SELECTORS.detailsDialog)) {
    if (!isShown(dialog)) continue;
    const raw = attr(dialog.querySelector(GOOGLE_SELECTORS.detailsEvent), 'data-eventid');
    if (!raw || !dialog.querySelector(GOOGLE_SELECTORS.detailsGuestSection)) continue;
    const identity = googleEventIdentity(raw);
    if (identity.isTask) continue;
    const guests = Array.from(dialog.querySelectorAll(GOOGLE_SELECTORS.detailsGuests), (g) =>
      g.getAttribute('data-email'),
    );
    return { eventId: identity.id, emails: cleanEmails(guests) };
  }
  return null;
}

export const googleAdapter: CalendarAdapter<'google'> = {
  site: 'google',
  row: GOOGLE_SITE,
  parseLabel: parseGoogleLabel,
  currentView,
  eventSelector: GOOGLE_SELECTORS.chip,
  findEventElements: (root) => queryAllWithSelf(root, GOOGLE_SELECTORS.chip),
  readEvent,
  detailsSelector: GOOGLE_SELECTORS.detailsDialog,
  readOpenDetails,
  accountSelector: GOOGLE_SELECTORS.account,
};
