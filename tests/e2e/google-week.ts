/**
 * Google Calendar week pages built in the test, for journeys that need a page a saved fixture
 * does not have (another week, the account button). Same stable structure as the fixtures
 * (CALENDARS.md): chips with base64url `data-eventid` and the label in a hidden first child,
 * day columns by `data-datekey`, and the account button at the top.
 */
export interface WeekEvent {
  /** Event id; a recurring occurrence gets Google's `_YYYYMMDDTHHMMSSZ` suffix from `start`. */
  id: string;
  title: string;
  organizer: string;
  /** Local `YYYY-MM-DDTHH:mm`. */
  start: string;
  minutes: number;
  recurring?: boolean;
  rsvp?: 'Accepted' | 'Declined' | 'Needs RSVP';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pad = (n: number) => String(n).padStart(2, '0');

function clock(date: Date): string {
  const h = date.getHours();
  const m = date.getMinutes();
  return `${h % 12 === 0 ? 12 : h % 12}${m ? `:${pad(m)}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

function chip(event: WeekEvent): string {
  const start = new Date(event.start);
  const end = new Date(start.getTime() + event.minutes * 60_000);
  const suffix = event.recurring
    ? `_${start.getUTCFullYear()}${pad(start.getUTCMonth() + 1)}${pad(start.getUTCDate())}T${pad(start.getUTCHours())}${pad(start.getUTCMinutes())}00Z`
    : '';
  const eventId = Buffer.from(`${event.id}${suffix} sam@example.com`).toString('base64url');
  const date = `${MONTHS[start.getMonth()]} ${start.getDate()}, ${start.getFullYear()}`;
  const label = `${clock(start)} to ${clock(end)}, ${event.title}, ${event.organizer}, ${event.rsvp ?? 'Accepted'}, No location, ${date}`;
  return `<div role="button" tabindex="0" data-eventchip="" data-eventid="${eventId}" data-opens-details="true">
    <div class="XuJrye">${escapeHtml(label)}</div>
    <div aria-hidden="true"><div><span>${escapeHtml(event.title)}</span></div><div>${clock(start)}</div></div>
  </div>`;
}

/** A week view (Sunday to Saturday from `sunday`, `YYYY-MM-DD`) with these events and, optionally, a signed-in account. */
export function googleWeek(
  sunday: string,
  events: readonly WeekEvent[],
  account?: { name: string; email: string },
): string {
  const first = new Date(`${sunday}T00:00`);
  const days = Array.from(
    { length: 7 },
    (_, i) => new Date(first.getFullYear(), first.getMonth(), first.getDate() + i),
  );
  const key = (d: Date) => ((d.getFullYear() - 1970) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  const sameDay = (d: Date, event: WeekEvent) =>
    event.start.startsWith(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
  const heading = `Week of ${MONTHS[first.getMonth()]} ${first.getDate()}, ${first.getFullYear()}`;
  const accountButton = account
    ? `<a role="button" aria-label="Google Account: ${escapeHtml(account.name)}  &#10;(${escapeHtml(account.email)})" href="https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://calendar.google.com/calendar/r">${escapeHtml(account.name.charAt(0))}</a>`
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Google Calendar - ${heading}</title></head>
<body><div role="banner"><span>Calendar</span>${accountButton}</div>
<div role="main" data-period-type="week"><h1>${heading}, ${events.length} events</h1>
<div role="grid" aria-label="${heading}"><div role="row">
${days
  .map(
    (d) =>
      `<div role="gridcell" data-datekey="${key(d)}"><h2>${d.getDate()}</h2>${events
        .filter((e) => sameDay(d, e))
        .map(chip)
        .join('')}</div>`,
  )
  .join('\n')}
</div></div></div></body></html>`;
}
