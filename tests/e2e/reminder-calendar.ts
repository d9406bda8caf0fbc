/**
 * A Google-Calendar-like week page with one 1:1 at a chosen time (relative to now, for the
 * reminder tests), built from the same stable structure the Google adapter reads and the
 * saved fixtures show (tests/fixtures/google/week.html, demo/calendar.mjs): a
 * `[data-eventid][data-eventchip]` chip whose visually hidden first child carries Google's
 * English label, inside a `[role="gridcell"][data-datekey]` day column. Times are the local
 * wall clock of this process, which is the browser's too (same machine, same TZ).
 */

import {
  chipLabel,
  clock,
  dateKey,
  encodeEventId,
  escapeHtml,
  longDate,
  minutesOf,
  occurrenceId,
} from '../support/google-page.mjs';

/** The next whole minute at least `ms` from now: calendar labels have minute precision. */
export function wholeMinuteAtLeast(ms: number, now = Date.now()): Date {
  return new Date(Math.ceil((now + ms) / 60_000) * 60_000);
}

/** The meeting id Upward stores for that occurrence. */
export const meetingIdFor = (series: string, start: Date) => `google:${occurrenceId(series, start)}`;

/** The calendar URL of the week that contains `date`. */
export function weekUrl(date: Date): string {
  return `https://calendar.google.com/calendar/u/0/r/week/${date.getFullYear()}/${date.getMonth() + 1}/${date.getDate()}`;
}

/** The 24-hour clock, which the labels of a 24-hour locale use: `15:30`. */
const clock24 = (date: Date) => clock(minutesOf(date), { hour12: false });

export interface OneOnOne {
  /** The recurring series' event id (the occurrence suffix is added from `start`). */
  series: string;
  start: Date;
  title: string;
  organizer: string;
}

function chip(meeting: OneOnOne): string {
  // Thirty minutes, cut at midnight so the label stays a same-day range.
  const end = new Date(Math.min(meeting.start.getTime() + 30 * 60_000, new Date(meeting.start).setHours(23, 59, 0, 0)));
  const label = chipLabel({
    time: `${clock24(meeting.start)} to ${clock24(end)}`,
    title: meeting.title,
    organizer: meeting.organizer,
    response: 'Accepted',
    date: longDate(meeting.start),
  });
  const eventId = encodeEventId(occurrenceId(meeting.series, meeting.start));
  return `<div role="button" tabindex="0" class="Kq3vRe" data-eventchip="" data-eventid="${eventId}" data-opens-details="true" style="top: 40px; height: 48px;">
        <div class="XuJrye">${escapeHtml(label)}</div>
        <div aria-hidden="true" class="lMaXZj"><span>${escapeHtml(meeting.title)}</span> <span>${clock24(meeting.start)}</span></div>
      </div>`;
}

/** The page: one day column holding the 1:1 (enough for the adapter; the rest of the week is empty). */
export function reminderCalendarPage(meeting: OneOnOne): string {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head><meta charset="utf-8"><title>Google Calendar - Week of ${escapeHtml(longDate(meeting.start))}</title>
<style>.XuJrye{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style></head>
<body>
  <div role="main" data-period-type="week">
    <h1>Week of ${escapeHtml(longDate(meeting.start))}, 1 event</h1>
    <div role="grid" aria-label="Week of ${escapeHtml(longDate(meeting.start))}">
      <div role="gridcell" data-datekey="${dateKey(meeting.start)}">
        <h2>${meeting.start.getDate()}</h2>
        <div role="presentation">
      ${chip(meeting)}
        </div>
      </div>
    </div>
  </div>
</body>
</html>`;
}
