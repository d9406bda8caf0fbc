/**
 * Google Calendar week pages built in the test, for journeys a saved fixture cannot make
 * (flipping to next week, the signed-in account's button). Labels, ids and day keys come
 * from the shared kit (tests/support/google-page.mjs); the structure is the fixtures'
 * (tests/fixtures/google/week.html): chips in `[role="gridcell"][data-datekey]` columns.
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
  timeRange,
} from '../support/google-page.mjs';

export interface WeekEvent {
  /** The event id; a recurring one gets its occurrence suffix from `start`. */
  id: string;
  title: string;
  organizer: string;
  start: Date;
  minutes: number;
  recurring?: boolean;
}

/** The account button Google shows at the top right of every app (lib/calendar/google.ts). */
function accountButton(account: { name: string; email: string }): string {
  const label = `Google Account: ${account.name}  \n(${account.email})`;
  return `<a role="button" aria-label="${escapeHtml(label)}" href="https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://calendar.google.com/calendar/r">${escapeHtml(account.name.charAt(0))}</a>`;
}

function chip(event: WeekEvent): string {
  const end = new Date(event.start.getTime() + event.minutes * 60_000);
  const time = timeRange(minutesOf(event.start), minutesOf(end));
  const label = chipLabel({
    time,
    title: event.title,
    organizer: event.organizer,
    response: 'Accepted',
    date: longDate(event.start),
  });
  const id = encodeEventId(event.recurring ? occurrenceId(event.id, event.start) : event.id);
  return `<div role="button" tabindex="0" data-eventchip="" data-eventid="${id}" data-opens-details="true">
    <div class="XuJrye">${escapeHtml(label)}</div>
    <div aria-hidden="true"><div><span>${escapeHtml(event.title)}</span></div><div>${clock(minutesOf(event.start))}</div></div>
  </div>`;
}

/** The week view from `sunday`, with these events and, when given, the signed-in account. */
export function googleWeek(
  sunday: Date,
  events: readonly WeekEvent[],
  account?: { name: string; email: string },
): string {
  const days = Array.from(
    { length: 7 },
    (_, i) => new Date(sunday.getFullYear(), sunday.getMonth(), sunday.getDate() + i),
  );
  const heading = `Week of ${longDate(sunday)}`;
  const column = (day: Date) =>
    `<div role="gridcell" data-datekey="${dateKey(day)}"><h2>${day.getDate()}</h2>${events
      .filter((event) => dateKey(event.start) === dateKey(day))
      .map(chip)
      .join('')}</div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Google Calendar - ${heading}</title></head>
<body><div role="banner"><span>Calendar</span>${account ? accountButton(account) : ''}</div>
<div role="main" data-period-type="week"><h1>${heading}, ${events.length} events</h1>
<div role="grid" aria-label="${heading}"><div role="row">${days.map(column).join('\n')}</div></div></div></body></html>`;
}
