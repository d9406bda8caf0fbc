/**
 * Outlook on the web (all four hosts). Tiles are read only inside the calendar surfaces,
 * because `role="button"` and aria-labels are everywhere else in the app too (mail, people).
 */
import { attr, cleanEmails, isElement, isShown, queryAllWithSelf } from './dom';
import { type OutlookLabel, parseOutlookLabel, parseOutlookLabelDetails } from './outlook-label';
import { OUTLOOK_SITE } from './outlook-site';
import type { CalendarAdapter, CalendarEvent, CalendarView, GuestList } from './types';

/** Calendar surfaces by `data-app-section` → view (day, work week, week and month grids). */
const VIEW_BY_SURFACE: Readonly<Record<string, CalendarView>> = {
  Surface_Day: 'day',
  Surface_WorkWeek: 'workweek',
  Surface_Week: 'week',
  Surface_Month: 'month',
};

/** `/calendar/<n>/view/<view>` path segments that name a view, when no surface is rendered yet. */
const VIEWS_BY_PATH = ['day', 'workweek', 'week', 'month'] as const;

/**
 * Selectors, each with what it relies on and the fixture (tests/fixtures/outlook/) it was
 * checked on; where the facts come from: docs/calendars.md. Class names are build hashes and
 * `role="button"` is everywhere in the app, so every query is scoped to a calendar surface.
 */
export const OUTLOOK_SELECTORS = {
  /** Every calendar surface (day, workweek, week and month.html). The grid sits outside `[role="main"]`. */
  surface: Object.keys(VIEW_BY_SURFACE)
    .map((name) => `[data-app-section="${name}"]`)
    .join(', '),
  /** Event tiles: timed ones under calendar-view-0, all-day ones under calendar-view-header-0 (week.html). */
  tile: '[data-calitemid]',
  /** The tile's labelled button; guests are never on the tile, only in the peek card. */
  tileButton: '[role="button"][aria-label]',
  /** Hover/peek card: subject, time, organizer (peek.html). */
  peek: '[data-app-section="CalendarItemPeek"]',
  /**
   * ASSUMED peek structure (seen in no source; hand-built in tests/fixtures/outlook/peek.html):
   * the card names its item with `data-calitemid` and lists attendees with `data-email` or mailto links.
   */
  peekItem: '[data-calitemid]',
  peekGuests: '[data-email], a[href^="mailto:"]',
  /** Fallback for the peek's item: the tile whose button opened it. */
  openedTile: '[aria-expanded="true"]',
  /**
   * Microsoft's account manager button ("MeControl", pages saved by others:
   * lib/suggestions/README.md); its label reads "Account manager for <name> [<address>]" in English.
   */
  accountButton: '#mectrl_main_trigger,#O365_MainLink_Me',
} as const;

function currentView(url: URL, root: ParentNode): CalendarView {
  for (const [section, view] of Object.entries(VIEW_BY_SURFACE)) {
    if (root.querySelector(`[data-app-section="${section}"]`)) return view;
  }
  const fromPath = /\/view\/([a-z]+)/.exec(url.pathname)?.[1];
  return VIEWS_BY_PATH.find((view) => view === fromPath) ?? 'other';
}

function findEventElements(root: ParentNode): Element[] {
  if (isElement(root) && root.closest(OUTLOOK_SELECTORS.surface)) return queryAllWithSelf(root, OUTLOOK_SELECTORS.tile);
  return queryAllWithSelf(root, OUTLOOK_SELECTORS.surface).flatMap((surface) =>
    Array.from(surface.querySelectorAll(OUTLOOK_SELECTORS.tile)),
  );
}

function tileLabel(tile: Element): string | null {
  if (tile.matches(OUTLOOK_SELECTORS.tileButton)) return attr(tile, 'aria-label');
  return attr(tile.querySelector(OUTLOOK_SELECTORS.tileButton), 'aria-label');
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** Bounded so a very long subject still gives an id the message validator accepts (ids ≤ 1024 chars). */
const keyText = (text: string | null, max: number) =>
  [...(text ?? '').toLowerCase().replace(/\s+/g, ' ').trim()].slice(0, max).join('');

/**
 * Outlook tiles carry no series id, so we derive one: subject + organizer + weekday + start
 * time of day. Weekly occurrences of a 1:1 share it, so "always/never" overrides and
 * guest-list confirmations carry over to next week. It does not survive a renamed or moved
 * series (the user then confirms again). Unreadable times keep the occurrence id.
 */
export function outlookSeriesId(label: OutlookLabel, occurrenceId: string): string {
  if (!label.start) return occurrenceId;
  const [year, month, day] = label.start.slice(0, 10).split('-').map(Number);
  const weekday = WEEKDAYS[new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()];
  const time = label.allDay ? 'all-day' : label.start.slice(11);
  return `outlook:series:${[keyText(label.title, 200), keyText(label.organizer, 100), weekday, time].join('|')}`;
}

function readEvent(element: Element): CalendarEvent | null {
  const tile = element.closest(OUTLOOK_SELECTORS.tile);
  if (!tile?.closest(OUTLOOK_SELECTORS.surface)) return null;
  const itemId = attr(tile, 'data-calitemid');
  const label = tileLabel(tile);
  if (!itemId || !label) return null;
  const details = parseOutlookLabelDetails(label, undefined, {
    lang: tile.ownerDocument.documentElement.lang || undefined,
  });
  const { location: _location, status: _status, recurring, ...parsed } = details;
  const id = `outlook:${itemId}`;
  // `recurring` is true only when the label shows a recurrence marker; tiles have no other sign.
  return { site: 'outlook', id, seriesId: outlookSeriesId(details, id), recurring, ...parsed };
}

function readOpenDetails(root: ParentNode): GuestList | null {
  for (const peek of queryAllWithSelf(root, OUTLOOK_SELECTORS.peek)) {
    if (!isShown(peek)) continue;
    const itemId = attr(queryAllWithSelf(peek, OUTLOOK_SELECTORS.peekItem)[0], 'data-calitemid') ?? openedTileId(root);
    const values = Array.from(
      peek.querySelectorAll(OUTLOOK_SELECTORS.peekGuests),
      (el) => el.getAttribute('data-email') ?? el.getAttribute('href'),
    );
    const emails = cleanEmails(values);
    if (itemId && emails.length > 0) return { eventId: `outlook:${itemId}`, emails };
  }
  return null;
}

function openedTileId(root: ParentNode): string | null {
  for (const surface of queryAllWithSelf(root, OUTLOOK_SELECTORS.surface)) {
    const opened = surface.querySelector(`${OUTLOOK_SELECTORS.tile} ${OUTLOOK_SELECTORS.openedTile}`);
    const id = attr(opened?.closest(OUTLOOK_SELECTORS.tile), 'data-calitemid');
    if (id) return id;
  }
  return null;
}

export const outlookAdapter: CalendarAdapter<'outlook'> = {
  site: 'outlook',
  row: OUTLOOK_SITE,
  parseLabel: parseOutlookLabel,
  currentView,
  eventSelector: OUTLOOK_SELECTORS.tile,
  findEventElements,
  readEvent,
  detailsSelector: OUTLOOK_SELECTORS.peek,
  readOpenDetails,
  accountSelector: OUTLOOK_SELECTORS.accountButton,
};
