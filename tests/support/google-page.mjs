// @ts-check
/**
 * How Google Calendar writes what Upward reads, for the pages the demo, the benchmarks and the
 * E2E tests build: the English chip label, the `data-eventid` encoding, recurring occurrence
 * ids and the day-column key. One place, so a change in what Google shows is made once.
 * The facts, and the fixtures they were checked on: lib/calendar/google.ts and google-label.ts.
 * Plain JavaScript with JSDoc types: Node runs it as is (demo, benchmarks), the browser too
 * (the benchmark builds chips in the page), and TypeScript checks it.
 */

/** The user's own calendar id in every built page. */
export const USER_CALENDAR = 'sam@example.com';

const pad = (/** @type {number} */ n, width = 2) => String(n).padStart(width, '0');

/** `March`, for month 1–12, in English as the labels are read. */
export function monthName(/** @type {number} */ month) {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
}

/** `March 10, 2026`: the date at the end of a label. */
export function longDate(/** @type {Date} */ date) {
  return `${monthName(date.getMonth() + 1)} ${date.getDate()}, ${date.getFullYear()}`;
}

/** `data-eventid`: base64url, unpadded, of `"<event id> <calendar id>"`. */
export function encodeEventId(/** @type {string} */ eventId, calendarId = USER_CALENDAR) {
  return btoa(`${eventId} ${calendarId}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A day column's `data-datekey`: `((year - 1970) << 9) | (month << 5) | day`, month 1-based. */
export function dateKey(/** @type {Date} */ date) {
  return ((date.getFullYear() - 1970) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
}

/** One occurrence of a recurring series: `<series>_YYYYMMDDTHHMMSSZ` (its start in UTC). */
export function occurrenceId(/** @type {string} */ series, /** @type {Date} */ start) {
  return (
    `${series}_${start.getUTCFullYear()}${pad(start.getUTCMonth() + 1)}${pad(start.getUTCDate())}` +
    `T${pad(start.getUTCHours())}${pad(start.getUTCMinutes())}${pad(start.getUTCSeconds())}Z`
  );
}

/**
 * A time of day as the English labels write it: `3pm`, `3:30pm`, `12am`; with `hour12: false`,
 * `15:30`. `suffix: false` leaves out am/pm (`1 to 2pm`: the start takes the end's).
 * @param {number} minutes minutes after midnight
 * @param {{ hour12?: boolean, suffix?: boolean }} [options]
 */
export function clock(minutes, { hour12 = true, suffix = true } = {}) {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  if (!hour12) return `${pad(h)}:${pad(m)}`;
  return `${h % 12 || 12}${m ? `:${pad(m)}` : ''}${suffix ? (h < 12 ? 'am' : 'pm') : ''}`;
}

/** Minutes after midnight, local, of a date. */
export const minutesOf = (/** @type {Date} */ date) => date.getHours() * 60 + date.getMinutes();

/**
 * @typedef {object} ChipLabel
 * @property {string} time `3pm to 3:30pm`, `15:00 to 15:30` or `All day`
 * @property {string} title
 * @property {string} organizer a name, or `Calendar: <name>` for a subscribed calendar
 * @property {string | null} [response] `Accepted`, `Needs RSVP`, `Maybe`, `Declined`; none for calendars
 * @property {string} [location] `No location` unless given (`Location: …`)
 * @property {string} date `March 10, 2026`, or a range `March 10 – 11, 2026`
 */

/** A chip's accessible label, in Google's order. */
export function chipLabel(/** @type {ChipLabel} */ label) {
  const { time, title, organizer, response, location = 'No location', date } = label;
  return [time, title, organizer, ...(response ? [response] : []), location, date].join(', ');
}

/** The label's time range: `3pm to 3:30pm`; `inherit` writes `1 to 2pm` when both halves share am/pm. */
export function timeRange(
  /** @type {number} */ start,
  /** @type {number} */ end,
  { hour12 = true, inherit = false } = {},
) {
  const sameHalf = start < 12 * 60 === end < 12 * 60;
  return `${clock(start, { hour12, suffix: !(inherit && sameHalf) })} to ${clock(end, { hour12 })}`;
}

/** Escapes text for element content and double-quoted attribute values. */
export function escapeHtml(/** @type {unknown} */ value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A chip as the page shows it, for DOM tests: a focusable `role="button"` with `data-eventid`,
 * `data-eventchip`, the label as `aria-label`, and the title as visible text.
 * @param {Document} doc
 * @param {string} eventId the event id before encoding
 * @param {string} label the whole accessible label
 */
export function chipElement(doc, eventId, label) {
  const chip = doc.createElement('div');
  chip.setAttribute('role', 'button');
  chip.setAttribute('tabindex', '0');
  chip.setAttribute('data-eventid', encodeEventId(eventId));
  chip.setAttribute('data-eventchip', '');
  chip.setAttribute('aria-label', label);
  const title = doc.createElement('span');
  title.textContent = label.split(', ')[1] ?? '';
  chip.append(title);
  return chip;
}
