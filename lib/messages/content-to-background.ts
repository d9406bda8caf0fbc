import type { CalendarEvent, CalendarSite } from '../calendar/types';
import type { MessageOf, ResponseOf, Result } from './protocol';

/**
 * Content script → background: what the calendar page shows.
 *
 * Data flows one way: the content script reports events and a dialog's guest list; the
 * background answers with which of those event ids are 1:1s. Nothing the user typed, and no
 * person's name, goes back to the page. The content script imports only this file (types, limits
 * and the send helper); the background checks every message with content-to-background-receive.ts,
 * whose validator code stays out of the content script's bundle.
 */
export interface ContentToBackground {
  /**
   * A calendar page has started loading (entrypoints/calendar-wake.ts, at document_start): the
   * background, most often asleep, wakes and reads what recognition needs while the page loads,
   * so that the calendar script's first report is answered sooner (bench:worker). Carries nothing.
   */
  'calendar/opening': {
    request: Record<never, never>;
    response: null;
  };
  /**
   * Events found on the page (new or changed since the last report), and the label of the
   * page's signed-in account button when it shows one ("Google Account: Sam Patel
   * (sam@example.com)", unparsed): it suggests who "you" are.
   */
  'calendar/events': {
    request: { site: CalendarSite; events: CalendarEvent[]; account?: string | null };
    response: OneOnOnesAnswer;
  };
  /**
   * The guest list of an event detail dialog the user opened, with the event it
   * belongs to (so the background need not remember every event it was shown).
   */
  'calendar/guests': {
    request: { site: CalendarSite; event: CalendarEvent; emails: string[] };
    response: OneOnOnesAnswer;
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

/**
 * Which of the reported events are 1:1s, and for each (same order) how many things are to raise
 * in it: the badge's state. Counts only: no name, no word of what the user wrote.
 */
export interface OneOnOnesAnswer {
  oneOnOnes: string[];
  toRaise?: number[];
}

export type ContentMessageType = keyof ContentToBackground;
export type ContentMessage<T extends ContentMessageType = ContentMessageType> = MessageOf<ContentToBackground, T>;

/** Limits that keep a hostile page from making the background do unbounded work. */
export const MESSAGE_LIMITS = {
  eventsPerMessage: 2000,
  guestsPerEvent: 500,
  textLength: 2000,
  idLength: 1024,
  emailLength: 320,
  /**
   * The longest span a page may say it shows completely (`calendar/shown`): four weeks, Google's
   * longest custom view, and a little more. A longer one could mark every 1:1 cancelled.
   */
  shownDays: 35,
  /** A real account button's label is a name and an address. */
  accountLabelLength: 500,
} as const;

/**
 * How the content script sends: the background's answer (a `Result`), or undefined when it
 * cannot be reached (the extension was updated or removed under the page).
 */
export type SendToBackground = <T extends ContentMessageType>(
  message: ContentMessage<T>,
) => Promise<Result<ResponseOf<ContentToBackground, T>> | undefined>;

/** Wraps `runtime.sendMessage`: the background answers every message of this map with a `Result`. */
export function sendToBackground(send: (message: unknown) => Promise<unknown>): SendToBackground {
  return (message) => send(message) as ReturnType<SendToBackground>;
}
