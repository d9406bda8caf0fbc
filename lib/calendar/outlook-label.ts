/**
 * Outlook on the web tile labels (`[data-calitemid] [role="button"][aria-label]`).
 *
 * Format (tests/fixtures/outlook/week.html, workweek.html, day.html, month.html), comma separated:
 *   [Meeting icon, ]<subject>, <start> to <end>, <Weekday>, <Month D, YYYY>, [<location>], By <organizer>, <status>
 * Subjects and locations contain commas, so the status and `By …` parts are peeled off the
 * end and the time+date block is found with a pattern; the subject is what precedes it.
 * All-day and cross-day shapes are ASSUMED (seen in no source; docs/calendars.md) and documented below;
 * a label that fits none of them gets a title and no time.
 */
import { CLOCK, clockFrom, FULL_DATE, fullDateFrom, hasMinutes, WEEKDAY } from './english';
import { findLastIndex, orderedLabel, squashSpaces, unreadableLabel } from './label-common';
import { allDayRange, resolveClockRange, timedRange } from './time';
import type { ParsedLabel, ResponseStatus } from './types';

/** What the Outlook label says beyond ParsedLabel; the adapter uses it for series ids. */
export interface OutlookLabel extends ParsedLabel {
  location: string | null;
  /** Free/busy status as printed (`Busy`, `Tentative`, …), or null. */
  status: string | null;
  /** The label carries a recurrence marker (`Recurring event`, or a `Recurring … icon` prefix). */
  recurring: boolean;
}

/** Leading icon descriptions, e.g. `Meeting icon, ` (all Outlook surfaces). */
const ICON_PREFIX = /^(?:[^,]{1,40}? icon, )+/i;

/** Subject prefixes Outlook adds for items to ignore: English as seen (outlook/week.html), others assumed. */
const CANCEL_PREFIXES: ReadonlyArray<readonly [RegExp, ResponseStatus | null]> = [
  [/^(?:Canceled|Cancelled|Abgesagt|Annulé|Annulée|Cancelado|Cancelada|Geannuleerd|Annullato)\s*:\s*/i, null],
  [/^(?:Declined|Abgelehnt|Refusé|Rechazado|Rifiutato)\s*:\s*/i, 'declined'],
];

/** Free/busy words that end a label (Outlook day/week/month tiles). */
const STATUS_WORDS = new Set(['busy', 'tentative', 'free', 'working elsewhere', 'away', 'out of office', 'oof']);
/** Recurrence markers some builds append to the label (assumed; harmless when absent). */
const RECURRENCE_WORDS = new Set(['recurring event', 'recurring', 'recurring meeting', 'exception to recurring event']);

/** `, 1:05 PM to 2:15 PM, Tuesday, March 10, 2026`. Groups: 3 clock, 3 clock, 6 date. */
const TIMED_BLOCK = new RegExp(`,\\s*${CLOCK}\\s+to\\s+${CLOCK},\\s*${WEEKDAY},\\s*${FULL_DATE}(?=,|$)`, 'gi');
/** ASSUMED cross-day shape: `, 11:00 PM, Monday, March 9, 2026 to 1:00 AM, Tuesday, March 10, 2026`. */
const CROSS_DAY_BLOCK = new RegExp(
  `,\\s*${CLOCK},\\s*${WEEKDAY},\\s*${FULL_DATE}\\s+to\\s+${CLOCK},\\s*${WEEKDAY},\\s*${FULL_DATE}(?=,|$)`,
  'gi',
);
/** ASSUMED all-day shape: `, All day, Monday, March 9, 2026[ to Wednesday, March 11, 2026]`. Groups: 6 date, 6 date? */
const ALL_DAY_BLOCK = new RegExp(
  `,\\s*all[ -]day(?: event)?,\\s*${WEEKDAY},\\s*${FULL_DATE}(?:\\s+to\\s+${WEEKDAY},\\s*${FULL_DATE})?(?=,|$)`,
  'gi',
);

export function parseOutlookLabel(label: string, visibleTitle?: string): ParsedLabel {
  return orderedLabel(parseOutlookLabelDetails(label, visibleTitle));
}

export function parseOutlookLabelDetails(label: string, visibleTitle?: string): OutlookLabel {
  let text = squashSpaces(label);
  const icons = ICON_PREFIX.exec(text)?.[0] ?? '';
  text = text.slice(icons.length);
  let cancelled = false;
  let response: ResponseStatus | null = null;
  for (const [prefix, status] of CANCEL_PREFIXES) {
    const hit = prefix.exec(text);
    if (hit) {
      cancelled = true;
      response = status;
      text = text.slice(hit[0].length);
    }
  }

  let parts = text.split(', ');
  let status: string | null = null;
  let recurring = /recurr/i.test(icons);
  while (parts.length > 1) {
    const last = (parts[parts.length - 1] ?? '').toLowerCase();
    if (STATUS_WORDS.has(last) && status === null) status = parts[parts.length - 1] ?? null;
    else if (RECURRENCE_WORDS.has(last)) recurring = true;
    else break;
    parts = parts.slice(0, -1);
  }
  const byAt = findLastIndex(parts, (p) => /^By\s/.test(p));
  const organizer =
    byAt > 0
      ? parts
          .slice(byAt)
          .join(', ')
          .replace(/^By\s+/, '')
      : null;
  const body = byAt > 0 ? parts.slice(0, byAt).join(', ') : parts.join(', ');

  const when = readWhen(body);
  if (!when) {
    const fallback = visibleTitle ? squashSpaces(visibleTitle) : (text.split(', ')[0] ?? '');
    return { ...unreadableLabel(fallback, cancelled), response, location: null, status, recurring };
  }
  return {
    title: body.slice(0, when.index).trim(),
    organizer: organizer || null,
    start: when.start,
    end: when.end,
    allDay: when.allDay,
    response,
    cancelled,
    location: body.slice(when.index + when.length).replace(/^\s*,\s*/, '') || null,
    status,
    recurring,
  };
}

interface When {
  index: number;
  length: number;
  start: string;
  end: string;
  allDay: boolean;
}

/** The last time+date block in the body; the subject is everything before it. */
function readWhen(body: string): When | null {
  const timed = lastMatch(TIMED_BLOCK, body);
  if (timed) {
    const start = clockFrom(timed[1], timed[2], timed[3]);
    const end = clockFrom(timed[4], timed[5], timed[6]);
    const date = fullDateFrom(timed.slice(7, 13));
    const times =
      start && end
        ? resolveClockRange(start, end, { bareHoursAre24h: hasMinutes(timed[2]) && hasMinutes(timed[5]) })
        : null;
    const range = times && date ? timedRange(date, null, times) : null;
    return range ? { index: timed.index, length: timed[0].length, ...range, allDay: false } : null;
  }
  const crossDay = lastMatch(CROSS_DAY_BLOCK, body);
  if (crossDay) {
    const start = clockFrom(crossDay[1], crossDay[2], crossDay[3]);
    const startDate = fullDateFrom(crossDay.slice(4, 10));
    const end = clockFrom(crossDay[10], crossDay[11], crossDay[12]);
    const endDate = fullDateFrom(crossDay.slice(13, 19));
    const bare = hasMinutes(crossDay[2]) && hasMinutes(crossDay[11]);
    const times = start && end ? resolveClockRange(start, end, { bareHoursAre24h: bare }) : null;
    const range = times && startDate && endDate ? timedRange(startDate, endDate, times) : null;
    return range ? { index: crossDay.index, length: crossDay[0].length, ...range, allDay: false } : null;
  }
  const allDay = lastMatch(ALL_DAY_BLOCK, body);
  if (allDay) {
    const first = fullDateFrom(allDay.slice(1, 7));
    const last = allDay[7] || allDay[10] ? fullDateFrom(allDay.slice(7, 13)) : first;
    const range = first && last ? allDayRange(first, last) : null;
    return range ? { index: allDay.index, length: allDay[0].length, ...range, allDay: true } : null;
  }
  return null;
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found = m;
    pattern.lastIndex = m.index + 1;
  }
  return found;
}
