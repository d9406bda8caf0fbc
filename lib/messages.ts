import type { CalendarEvent, CalendarSite } from './calendar/types';

/**
 * The typed protocol between the content script and the background.
 *
 * Data flows one way: the content script reports what the calendar page shows
 * (events, a dialog's guest list); the background answers with which of those
 * event ids are 1:1s. Nothing the user typed, and no person's name, goes back
 * to the page. The content script imports only types from here (no validator
 * code in its bundle); the background validates with messages-validate.ts.
 */

/** Limits that keep a hostile page from making the background do unbounded work. */
export const MESSAGE_LIMITS = {
  eventsPerMessage: 2000,
  guestsPerEvent: 500,
  textLength: 2000,
  idLength: 1024,
} as const;

/** Content script -> background. `response` is what a successful answer holds. */
export interface ContentToBackground {
  /** Events found on the page (new or changed since the last report). */
  'calendar/events': {
    request: { site: CalendarSite; events: CalendarEvent[] };
    response: { oneOnOnes: string[] };
  };
  /**
   * The guest list of an event detail dialog the user opened, with the event it
   * belongs to (so the background need not remember every event it was shown).
   */
  'calendar/guests': {
    request: { site: CalendarSite; event: CalendarEvent; emails: string[] };
    response: { oneOnOnes: string[] };
  };
  /**
   * The page has settled on these days (first to last, shown completely) with exactly these
   * events: a recorded 1:1 on those days that is not among them was deleted from the calendar.
   */
  'calendar/shown': {
    request: { site: CalendarSite; from: string; to: string; ids: string[] };
    response: { missing: number };
  };
  /**
   * The next 1:1's auto-open window has come (the content script times it from the
   * page's own event times). The background answers `open: true` at most once per
   * meeting, and only when the user's settings allow it.
   */
  'prep/claim-auto-open': {
    request: { eventId: string };
    response: { open: boolean };
  };
}

/** Background -> content script (sent to calendar tabs). */
export interface BackgroundToContent {
  /** Settings or overrides changed: the page should report its events again. */
  'calendar/recheck': { request: Record<string, never>; response: undefined };
  /**
   * A reminder was clicked: open this meeting's prep card if the page shows it.
   * `shown: false` tells the background to open the prep page in a tab instead.
   */
  'prep/open': { request: { eventId: string }; response: { shown: boolean } };
  /** What the open card (of `meetingId`) asked its host for, passed on by the background. */
  'prep/host': { request: { meetingId: string; message: PrepFrameMessage }; response: undefined };
}

export type ContentMessageType = keyof ContentToBackground;
export type ContentMessage<T extends ContentMessageType = ContentMessageType> = T extends ContentMessageType
  ? { type: T } & ContentToBackground[T]['request']
  : never;
export type BackgroundMessage =
  | { type: 'calendar/recheck' }
  | { type: 'prep/open'; eventId: string }
  | { type: 'prep/host'; meetingId: string; message: PrepFrameMessage };

/**
 * Prep frame -> its own tab's content script, through the background (`card/to-host`, then
 * `prep/host`), never window.postMessage, so the page cannot read or forge them. The frame
 * cannot message its tab itself: Firefox gives an extension frame inside a web page no
 * `tabs` API. They carry no user text: only "close me" and the card's height.
 */
export type PrepFrameMessage = { type: 'prep/close' } | { type: 'prep/resize'; height: number };

/** Expected failures are values, not exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });
