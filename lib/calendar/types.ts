/**
 * What Upward reads off a calendar page. Everything here comes from an
 * untrusted web page: it is data to show as text and to classify, never markup.
 */

import type { SiteRow } from './site-row';
import type { CalendarSite } from './sites';
import type { CalendarDate } from './time';

export type { CalendarSite };

/** The user's answer to the invitation, as the calendar labels it. */
export type ResponseStatus = 'accepted' | 'needs-action' | 'declined' | 'tentative';

/** What one chip's accessible label says, parsed. */
export interface ParsedLabel {
  title: string;
  /** Organizer's display name; null for "Calendar: X" rows (subscribed calendars) or when absent. */
  organizer: string | null;
  /** Local wall time `YYYY-MM-DDTHH:mm` (`YYYY-MM-DD` when all-day); null when the label cannot be read safely. */
  start: string | null;
  end: string | null;
  allDay: boolean;
  response: ResponseStatus | null;
  /** Cancelled or declined by prefix (Outlook "Canceled: …") or status. */
  cancelled: boolean;
  /**
   * Name of the subscribed calendar when the label shows a `Calendar: X` row instead of an
   * organizer (then `organizer` is null). Lets the classifier tell "holiday calendar" from
   * "organizer not shown". Optional: absent when there is no such row.
   */
  calendar?: string;
}

/** What the page tells about a label besides its text (every label parser takes it, optionally). */
export interface LabelContext {
  /** The page's language (`<html lang>`); when absent or unknown the label's own words decide. */
  lang?: string;
  /**
   * The day of the column the chip sits in (Google's `data-datekey`): a label whose dates do not
   * cover it gets no time, and a label without a year takes the column's.
   */
  day?: CalendarDate;
}

/** One distinct event on the page (duplicate nodes merged). */
export interface CalendarEvent extends ParsedLabel {
  site: CalendarSite;
  /** Stable id of this occurrence. */
  id: string;
  /** Stable id shared by every occurrence of a recurring series (equals `id` for one-off events). */
  seriesId: string;
  /** True when the page shows this is one occurrence of a series. */
  recurring: boolean;
}

/** The guest list of an open event detail dialog / peek card. */
export interface GuestList {
  eventId: string;
  /** Lower-cased email addresses. */
  emails: string[];
}

export type CalendarView = 'day' | 'week' | 'workweek' | 'customday' | 'month' | 'schedule' | 'year' | 'other';

/**
 * One implementation per calendar site (google.ts, outlook.ts), named in the table of sites
 * (sites.ts), which also says which URLs it serves. All functions are pure
 * over a DOM subtree so they run the same in the content script, in tests and in the
 * maintainer's `detect` command.
 */
export interface CalendarAdapter<S extends CalendarSite = CalendarSite> {
  site: S;
  /** Its row in the table of sites, `SITES[site]` (adapters.test.ts): which URLs it serves. */
  row: SiteRow;
  /** One chip's accessible label → what it says (also `detect --site <site> --label …`). */
  parseLabel(label: string, visibleTitle?: string, context?: LabelContext): ParsedLabel;
  /** The current view, from the URL and/or the page. */
  currentView(url: URL, root: ParentNode): CalendarView;
  /** CSS selector for event elements; the page watcher uses it on added subtrees. */
  eventSelector: string;
  /** Every event element under root (may contain several nodes per event). */
  findEventElements(root: ParentNode): Element[];
  /** Read one event element; null when it is not a meeting (task, unreadable, ignored). */
  readEvent(element: Element): CalendarEvent | null;
  /** CSS selector for the detail dialog / peek card, so the watcher knows when to read guests. */
  detailsSelector: string;
  /** The guest list of an open, visible detail dialog / peek card, if any. */
  readOpenDetails(root: ParentNode): GuestList | null;
  /**
   * The signed-in account's button, whose `aria-label` names the account (name, address). The
   * content script passes the label on unparsed; the background parses it
   * (lib/suggestions/account.ts), which keeps the content script small.
   */
  accountSelector: string;
}
