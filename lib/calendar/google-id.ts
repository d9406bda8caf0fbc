/**
 * Google Calendar's `data-eventid`: base64url of `"<eventId> <calendar id, abbreviated>"`.
 * A `_YYYYMMDDTHHMMSSZ` suffix on the event id marks one occurrence of a recurring series (the
 * part before it names the series); all-day occurrences use a date-only `_YYYYMMDD` suffix.
 * Ids starting `tasks_`, `tasks.` or `ttb_` are tasks, not meetings. Checked on
 * tests/fixtures/google/week.html (recurring Dana / Sam, a task) and month.html (all-day).
 */

export interface GoogleEventIdentity {
  /** `google:<eventId>` for this occurrence. */
  id: string;
  /** `google:<eventId without occurrence suffix>`; equals id for one-off events. */
  seriesId: string;
  recurring: boolean;
  /** Task or time-block entries, which are not meetings. */
  isTask: boolean;
}

/** Event ids of Google Tasks and "time blocks" (`ttb_`), which render as chips too. */
const TASK_PREFIXES = ['tasks_', 'tasks.', 'ttb_'];
const OCCURRENCE_SUFFIX = /^(.+)_(\d{8}(?:T\d{6}Z?)?)$/;
/** Decoded ids are printable ASCII; anything else means we decoded something that was not base64. */
const DECODED_SHAPE = /^[\x21-\x7e]+(?: [\x21-\x7e]+)?$/;

/** The event id inside `data-eventid`, or null when it does not decode to the expected shape. */
export function decodeGoogleEventId(raw: string): string | null {
  const base64 = raw.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+=*$/.test(base64)) return null;
  let decoded: string;
  try {
    decoded = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  } catch {
    return null;
  }
  if (!DECODED_SHAPE.test(decoded)) return null;
  return decoded.split(' ')[0] ?? null;
}

/** Identity of a chip from its raw `data-eventid`; undecodable input keeps the raw value as id. */
export function googleEventIdentity(raw: string): GoogleEventIdentity {
  const trimmed = raw.trim();
  const eventId = decodeGoogleEventId(trimmed) ?? trimmed;
  const isTask = TASK_PREFIXES.some((p) => eventId.startsWith(p) || trimmed.startsWith(p));
  const occurrence = OCCURRENCE_SUFFIX.exec(eventId);
  const id = `google:${eventId}`;
  return {
    id,
    seriesId: occurrence ? `google:${occurrence[1]}` : id,
    recurring: Boolean(occurrence),
    isTask,
  };
}
