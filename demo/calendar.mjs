// The bundled demo calendar: a self-contained Google Calendar week view for the
// week containing `now`, built from the stable page structure lib/calendar/google.ts reads
// (data-eventid / data-eventchip chips with an English label in a visually
// hidden first child, [role="gridcell"][data-datekey] day columns, the h1).
// Class names are deliberately hashed-looking, like the real app: Upward must
// never depend on them. No network: system fonts, inline SVG, inline CSS.

import {
  chipLabel,
  clock,
  dateKey,
  encodeEventId,
  escapeHtml,
  longDate,
  monthName,
  occurrenceId,
  timeRange,
} from '../tests/support/google-page.mjs';

const pad = (n) => String(n).padStart(2, '0');
/** `20260310`: the day a holiday calendar's event ids start with. */
const dateKeyText = (date) => `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}`;

const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** First and last visible hour of the timed grid (8am–6pm). */
const FIRST_HOUR = 8;
const LAST_HOUR = 18;
const HOURS = LAST_HOUR - FIRST_HOUR;

const ME_CALENDAR = 'sam@example.com';
const HOLIDAY_CALENDAR = 'en.usa#holiday@v';

/** The chip's visible time: `3 – 3:30pm`, `11:30am – 12pm`. */
function visibleRange(start, end) {
  const sameHalf = start < 12 * 60 === end < 12 * 60;
  const startText = sameHalf ? clock(start).replace(/[ap]m$/, '') : clock(start);
  return `${startText} – ${clock(end)}`;
}

function addDays(date, days) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/**
 * How close to one of the demo's 1:1s (from this long before it starts until it ends) the
 * demo shows next week instead: Upward opens the card by itself before a 1:1 (and reminds),
 * which a tour of the card, or a test of it, must not meet by chance of the clock.
 */
const NEAR_A_ONE_ON_ONE_MIN = 120;

/**
 * The week the demo calendar shows: this one, unless it is Friday or later, or one of this
 * week's 1:1s is near (NEAR_A_ONE_ON_ONE_MIN): then next week, whose 1:1s are all ahead. The
 * card, the popup's "next 1:1" and the badges then always have a 1:1 to come.
 */
export function weekToShow(now) {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const sunday = addDays(today, -today.getDay());
  const minutesNow = (now.getTime() - sunday.getTime()) / 60_000;
  const near = weekEvents().some(
    (event) =>
      event.oneOnOne &&
      minutesNow >= event.day * 24 * 60 + event.start - NEAR_A_ONE_ON_ONE_MIN &&
      minutesNow < event.day * 24 * 60 + event.end,
  );
  return now.getDay() >= 5 || near ? addDays(today, 7) : today;
}

/**
 * The week's events. `day` is 0 (Sunday) … 6 (Saturday); times are minutes after midnight;
 * `oneOnOne`: one of the sample's 1:1s (demo/seed.mjs has their people).
 */
function weekEvents() {
  const hm = (h, m = 0) => h * 60 + m;
  return [
    {
      day: 1,
      allDay: true,
      id: 'listeningday',
      datePrefixed: true,
      calendar: HOLIDAY_CALENDAR,
      title: 'World Listening Day',
      organizer: 'Calendar: Holidays',
      color: 'basil',
    },
    {
      day: 1,
      start: hm(9),
      end: hm(11),
      id: 'focus8k2m1q',
      title: 'Focus time',
      organizer: 'Sam Patel',
      color: 'graphite',
      icon: 'focus',
    },
    {
      day: 1,
      start: hm(14),
      end: hm(15),
      id: 'desrev3n7x0p',
      title: 'Design review',
      organizer: 'Priya Shah',
      rsvp: 'Accepted',
      location: 'Room 4B (Atlas)',
      color: 'lavender',
    },
    {
      day: 2,
      start: hm(9, 30),
      end: hm(10),
      id: 'standup5v2c9r',
      recurring: true,
      title: 'Daily standup',
      organizer: 'Marco Bianchi',
      rsvp: 'Accepted',
      location: 'Video call',
      color: 'peacock',
    },
    {
      day: 2,
      start: hm(12),
      end: hm(13),
      id: 'lunch7h4t2w',
      title: "Lunch with Dana's team",
      organizer: 'Jordan Kim',
      rsvp: 'Maybe',
      location: 'Café Verde, 2nd floor',
      color: 'banana',
    },
    {
      day: 2,
      start: hm(15),
      end: hm(15, 30),
      id: '4q1danasam9w2e',
      oneOnOne: true,
      recurring: true,
      title: 'Dana / Sam',
      organizer: 'Dana Reyes',
      rsvp: 'Accepted',
      color: 'sage',
    },
    {
      day: 3,
      start: hm(10),
      end: hm(11),
      id: 'teamsync0z6b3',
      recurring: true,
      title: 'Team sync',
      organizer: 'Dana Reyes',
      rsvp: 'Accepted',
      location: 'Room 2A',
      color: 'peacock',
    },
    {
      day: 3,
      start: hm(10, 30),
      end: hm(11, 30),
      id: 'vendor2r8y5k',
      title: 'Vendor pitch: observability',
      organizer: 'Chris Wong',
      rsvp: 'Declined',
      location: 'Video call',
      color: 'tangerine',
    },
    {
      day: 3,
      start: hm(13, 30),
      end: hm(14, 30),
      id: 'archdeep6u1f8',
      title: 'Architecture deep-dive',
      organizer: 'Priya Shah',
      rsvp: 'Needs RSVP',
      location: 'Room 4B (Atlas)',
      color: 'lavender',
    },
    {
      day: 3,
      start: hm(16),
      end: hm(16, 45),
      id: 'mentor1a5n0v',
      oneOnOne: true,
      recurring: true,
      title: 'Mentoring: Ana / Sam',
      organizer: 'Ana María Núñez',
      rsvp: 'Accepted',
      location: 'Video call',
      color: 'grape',
    },
    {
      day: 3,
      start: hm(17),
      end: hm(17, 30),
      id: 'tasks_Mj9xQ2lmRk',
      title: 'Send migration experiment proposal',
      organizer: 'Sam Patel',
      color: 'blueberry',
      icon: 'task',
    },
    {
      day: 4,
      start: hm(9, 30),
      end: hm(10),
      id: 'standup5v2c9r',
      recurring: true,
      title: 'Daily standup',
      organizer: 'Marco Bianchi',
      rsvp: 'Accepted',
      location: 'Video call',
      color: 'peacock',
    },
    {
      day: 4,
      start: hm(11),
      end: hm(11, 45),
      id: '7kskiplee3m8',
      oneOnOne: true,
      recurring: true,
      title: 'Sam <> Lee skip-level',
      organizer: 'Lee Okafor',
      rsvp: 'Accepted',
      color: 'flamingo',
    },
    {
      day: 5,
      start: hm(15),
      end: hm(16),
      id: 'sprintdemo4j7',
      recurring: true,
      title: 'Sprint demo & retro',
      organizer: 'Dana Reyes',
      rsvp: 'Needs RSVP',
      location: 'Big room + video call',
      color: 'peacock',
    },
  ];
}

/** Hashed-looking class names, one per role, the way the real app ships them. */
const C = {
  top: 'gb_Pq3',
  topLeft: 'Kx7vQe',
  iconBtn: 'uArJ5e',
  logo: 'Tq1sMb',
  brand: 'gb_tLk',
  todayBtn: 'vRz8Hd',
  navArrows: 'd1dlne',
  period: 'rSoRzd',
  topRight: 'Nbxz9e',
  viewBtn: 'AeBiU',
  avatar: 'gb_A7f',
  shell: 'tEhMVd',
  side: 'QQYuzf',
  create: 'pGxpHc',
  mini: 'FGd8Re',
  miniHead: 'MAvAuc',
  miniGrid: 'SRNZbe',
  miniDay: 'W0m3G',
  miniDow: 'q9pR5',
  calList: 'zJm1Ac',
  calRow: 'LWpjne',
  calBox: 'Ttde3e',
  main: 'BiKU4b',
  srOnly: 'XuJrye',
  grid: 'MGaLHf',
  headRow: 'q5Bv8c',
  gutter: 'oG3Yqd',
  colHead: 'yzWBv',
  dow: 'sVASAd',
  dnum: 'x5FT4e',
  isToday: 'F262Ye',
  allDayRow: 'bfDg3e',
  allDayCell: 'YvjgZe',
  body: 'Tmdkcc',
  hourLabels: 'R6IqPc',
  hourLabel: 'kMhy8e',
  cols: 'rnjq2d',
  col: 'BiKU4c',
  weekend: 'WmRWBb',
  chip: 'GTG3wb',
  chipShort: 'ChfiMc',
  chipAllDay: 'hHaUqf',
  chipOutline: 'jKgTF',
  chipDeclined: 'UflSff',
  chipTask: 'aKLtQ',
  chipInner: 'EfQccc',
  chipTitle: 'I0UMhf',
  chipTime: 'gVNoLb',
  chipIcon: 'xlaY0c',
  now: 'H3tRZe',
};

const ICONS = {
  menu: 'M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z',
  left: 'M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z',
  right: 'M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z',
  search:
    'M15.5 14h-.79l-.28-.27A6.471 6.471 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z',
  help: 'M11 18h2v-2h-2v2zm1-16C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zm0-14c-2.21 0-4 1.79-4 4h2c0-1.1.9-2 2-2s2 .9 2 2c0 2-3 1.75-3 5h2c0-2.25 3-2.5 3-5 0-2.21-1.79-4-4-4z',
  settings:
    'M19.14 12.94c.04-.3.06-.61.06-.94 0-.32-.02-.64-.07-.94l2.03-1.58a.49.49 0 0 0 .12-.61l-1.92-3.32a.488.488 0 0 0-.59-.22l-2.39.96c-.5-.38-1.03-.7-1.62-.94l-.36-2.54a.484.484 0 0 0-.48-.41h-3.84c-.24 0-.43.17-.47.41l-.36 2.54c-.59.24-1.13.57-1.62.94l-2.39-.96c-.22-.08-.47 0-.59.22L2.74 8.87c-.12.21-.08.47.12.61l2.03 1.58c-.05.3-.09.63-.09.94s.02.64.07.94l-2.03 1.58a.49.49 0 0 0-.12.61l1.92 3.32c.12.22.37.29.59.22l2.39-.96c.5.38 1.03.7 1.62.94l.36 2.54c.05.24.24.41.48.41h3.84c.24 0 .44-.17.47-.41l.36-2.54c.59-.24 1.13-.56 1.62-.94l2.39.96c.22.08.47 0 .59-.22l1.92-3.32c.12-.22.07-.47-.12-.61l-2.01-1.58zM12 15.6c-1.98 0-3.6-1.62-3.6-3.6s1.62-3.6 3.6-3.6 3.6 1.62 3.6 3.6-1.62 3.6-3.6 3.6z',
  drop: 'M7 10l5 5 5-5z',
  focus: 'M12 3a9 9 0 0 0-9 9v7c0 1.1.9 2 2 2h3v-8H5v-1a7 7 0 0 1 14 0v1h-3v8h3c1.1 0 2-.9 2-2v-7a9 9 0 0 0-9-9z',
  task: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z',
};

function icon(name, size = 24) {
  return `<svg width="${size}" height="${size}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="${ICONS[name]}"/></svg>`;
}

function appsIcon() {
  const dots = [];
  for (const y of [5, 12, 19]) for (const x of [5, 12, 19]) dots.push(`<circle cx="${x}" cy="${y}" r="2"/>`);
  return `<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><g fill="currentColor">${dots.join('')}</g></svg>`;
}

function logo(day) {
  return `<svg class="${C.logo}" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
  <path d="M9 5h22a4 4 0 0 1 4 4v3H5V9a4 4 0 0 1 4-4z" fill="#4285f4"/>
  <path d="M5 12h30v17l-6 6H9a4 4 0 0 1-4-4z" fill="#fff" stroke="#4285f4" stroke-width="0"/>
  <path d="M5 12v19a4 4 0 0 0 4 4h20" fill="none" stroke="#34a853" stroke-width="2.5"/>
  <path d="M35 12v17" stroke="#fbbc04" stroke-width="2.5"/>
  <path d="M29 35v-6h6z" fill="#ea4335"/>
  <text x="20" y="29.5" text-anchor="middle" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="14" font-weight="700" fill="#1a73e8">${day}</text>
</svg>`;
}

function plusIcon() {
  return `<svg width="36" height="36" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
  <path fill="#34a853" d="M16 16v14h4V20z"/><path fill="#4285f4" d="M30 16H20l-4 4h14z"/>
  <path fill="#fbbc05" d="M6 16v4h10l4-4z"/><path fill="#ea4335" d="M20 16V6h-4v14z"/>
</svg>`;
}

/** Lays out overlapping timed events side by side: each gets a lane and the lane count of its cluster. */
function layoutDay(events) {
  const sorted = [...events].sort((a, b) => a.start - b.start || b.end - a.end);
  const placed = [];
  let cluster = [];
  let clusterEnd = -1;
  const closeCluster = () => {
    const lanes = Math.max(0, ...cluster.map((e) => e.lane)) + 1;
    for (const e of cluster) e.lanes = lanes;
    cluster = [];
  };
  for (const event of sorted) {
    if (event.start >= clusterEnd && cluster.length) closeCluster();
    const laneEnds = [];
    for (const e of cluster) laneEnds[e.lane] = Math.max(laneEnds[e.lane] ?? -1, e.end);
    let lane = 0;
    while ((laneEnds[lane] ?? -Infinity) > event.start) lane++;
    const item = { ...event, lane };
    cluster.push(item);
    placed.push(item);
    clusterEnd = Math.max(clusterEnd, event.end);
  }
  if (cluster.length) closeCluster();
  return placed;
}

function labelOf(event, date) {
  return chipLabel({
    time: event.allDay ? 'All day' : timeRange(event.start, event.end),
    title: event.title,
    organizer: event.organizer,
    response: event.rsvp,
    location: event.location ? `Location: ${event.location}` : undefined,
    date: longDate(date),
  });
}

function chipEventId(event, date) {
  let id = event.id;
  // Holiday-calendar ids start with the day they fall on.
  if (event.datePrefixed) id = `${dateKeyText(date)}_${id}`;
  if (event.recurring) {
    const start = new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, event.start);
    id = occurrenceId(id, start);
  }
  return encodeEventId(id, event.calendar ?? ME_CALENDAR);
}

function chipHtml(event, date, style) {
  const classes = [C.chip, `c-${event.color}`];
  if (event.allDay) classes.push(C.chipAllDay);
  else if (event.end - event.start < 45) classes.push(C.chipShort);
  if (event.rsvp === 'Needs RSVP') classes.push(C.chipOutline);
  if (event.rsvp === 'Declined') classes.push(C.chipDeclined);
  if (event.icon === 'task') classes.push(C.chipTask);
  const iconHtml = event.icon ? `<span class="${C.chipIcon}" aria-hidden="true">${icon(event.icon, 14)}</span>` : '';
  const short = !event.allDay && event.end - event.start < 45;
  const timeText = event.allDay ? '' : short ? clock(event.start) : visibleRange(event.start, event.end);
  const time = timeText ? `<span class="${C.chipTime}" aria-hidden="true">${escapeHtml(timeText)}</span>` : '';
  return `<div role="button" tabindex="0" class="${classes.join(' ')}" jslog="35463; track:click" data-eventchip="" data-eventid="${escapeHtml(chipEventId(event, date))}" data-opens-details="true"${style ? ` style="${style}"` : ''}><div class="${C.srOnly}">${escapeHtml(labelOf(event, date))}</div>${iconHtml}<span class="${C.chipTitle}" aria-hidden="true">${escapeHtml(event.title)}</span>${time}</div>`;
}

function miniCalendar(now, weekStart) {
  const first = new Date(now.getFullYear(), now.getMonth(), 1);
  const gridStart = addDays(first, -first.getDay());
  const cells = ['S', 'M', 'T', 'W', 'T', 'F', 'S'].map((d) => `<span class="${C.miniDow}">${d}</span>`);
  const weekKey = dateKey(weekStart);
  for (let i = 0; i < 42; i++) {
    const d = addDays(gridStart, i);
    const cls = [C.miniDay];
    if (d.getMonth() !== now.getMonth()) cls.push('o');
    if (dateKey(d) === dateKey(now)) cls.push(C.isToday);
    if (dateKey(addDays(d, -d.getDay())) === weekKey) cls.push('w');
    cells.push(`<span class="${cls.join(' ')}">${d.getDate()}</span>`);
  }
  return `<div class="${C.mini}" role="presentation">
    <div class="${C.miniHead}"><span>${escapeHtml(`${monthName(now.getMonth() + 1)} ${now.getFullYear()}`)}</span>
      <span class="${C.navArrows}"><span class="${C.iconBtn} sm" role="button" aria-label="Previous month">${icon('left', 18)}</span><span class="${C.iconBtn} sm" role="button" aria-label="Next month">${icon('right', 18)}</span></span></div>
    <div class="${C.miniGrid}">${cells.join('')}</div>
  </div>`;
}

function periodTitle(weekStart) {
  const weekEnd = addDays(weekStart, 6);
  const m1 = monthName(weekStart.getMonth() + 1);
  const m2 = monthName(weekEnd.getMonth() + 1);
  if (weekStart.getFullYear() !== weekEnd.getFullYear()) {
    return `${m1.slice(0, 3)} ${weekStart.getFullYear()} – ${m2.slice(0, 3)} ${weekEnd.getFullYear()}`;
  }
  if (m1 !== m2) return `${m1.slice(0, 3)} – ${m2.slice(0, 3)} ${weekEnd.getFullYear()}`;
  return `${m1} ${weekStart.getFullYear()}`;
}

function timezoneLabel(now) {
  const offset = -now.getTimezoneOffset();
  if (offset === 0) return 'GMT+00';
  const sign = offset > 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `GMT${sign}${pad(Math.floor(abs / 60))}${abs % 60 ? `:${pad(abs % 60)}` : ''}`;
}

const CSS = `
:root{color-scheme:light dark;--bg:#fff;--side:#fff;--text:#3c4043;--strong:#202124;--muted:#70757a;--line:#dadce0;--hover:#f1f3f4;--accent:#1a73e8;--on-accent:#fff;--today-text:#1a73e8;--create-bg:#fff;--create-shadow:0 1px 2px 0 rgba(60,64,67,.3),0 1px 3px 1px rgba(60,64,67,.15);--week-hl:#e8f0fe;--chip-text:#fff;--outline-bg:#fff;--now:#ea4335;--weekend:#fafafa;
--peacock:#039be5;--sage:#33b679;--basil:#0b8043;--lavender:#7986cb;--grape:#8e24aa;--banana:#f6bf26;--tangerine:#f4511e;--flamingo:#e67c73;--graphite:#616161;--blueberry:#3f51b5}
@media (prefers-color-scheme: dark){:root{--bg:#131314;--side:#131314;--text:#e3e3e3;--strong:#f1f3f4;--muted:#9aa0a6;--line:#3c4043;--hover:#2a2b2e;--accent:#a8c7fa;--on-accent:#062e6f;--today-text:#a8c7fa;--create-bg:#37393b;--create-shadow:0 1px 3px 0 rgba(0,0,0,.5),0 4px 8px 3px rgba(0,0,0,.25);--week-hl:#1e2a3b;--chip-text:#0f1113;--outline-bg:#131314;--now:#f28b82;--weekend:#17181a;
--peacock:#4fb3e8;--sage:#5cc08f;--basil:#3fa36b;--lavender:#9aa5e0;--grape:#c27ad6;--banana:#f3cf5f;--tangerine:#f08562;--flamingo:#ee9c96;--graphite:#a3a3a3;--blueberry:#8391e0}}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{background:var(--bg);color:var(--text);font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow:hidden;-webkit-font-smoothing:antialiased}
svg{display:block}
.${C.srOnly}{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.${C.top}{height:64px;display:flex;align-items:center;padding:8px 16px 8px 12px;border-bottom:1px solid var(--line);gap:4px}
.${C.topLeft}{display:flex;align-items:center;gap:4px;width:240px;flex:none}
.${C.iconBtn}{width:48px;height:48px;border-radius:50%;display:inline-flex;align-items:center;justify-content:center;color:var(--muted);cursor:pointer}
.${C.iconBtn}:hover{background:var(--hover)}
.${C.iconBtn}.sm{width:28px;height:28px}
.${C.logo}{margin-left:4px}
.${C.brand}{font-size:22px;color:var(--text);letter-spacing:0;padding-left:4px}
.${C.todayBtn}{height:36px;padding:0 16px;border:1px solid var(--line);border-radius:18px;display:inline-flex;align-items:center;font-weight:500;color:var(--strong);margin:0 12px 0 8px;cursor:pointer}
.${C.navArrows}{display:inline-flex;align-items:center}
.${C.top} .${C.navArrows} .${C.iconBtn}{width:36px;height:36px}
.${C.period}{font-size:22px;color:var(--strong);margin-left:12px;white-space:nowrap}
.${C.topRight}{margin-left:auto;display:flex;align-items:center;gap:2px}
.${C.viewBtn}{height:36px;padding:0 8px 0 16px;border:1px solid var(--line);border-radius:18px;display:inline-flex;align-items:center;gap:2px;font-weight:500;color:var(--strong);margin:0 12px 0 8px}
.${C.viewBtn} svg{color:var(--muted)}
.${C.avatar}{text-decoration:none;width:32px;height:32px;border-radius:50%;background:#7b1fa2;color:#fff;display:inline-flex;align-items:center;justify-content:center;font-size:14px;font-weight:500;margin-left:8px}
.${C.shell}{display:flex;height:calc(100% - 64px)}
.${C.side}{width:256px;flex:none;padding:16px 12px 0 8px;background:var(--side)}
.${C.create}{display:inline-flex;align-items:center;height:56px;padding:0 24px 0 10px;border-radius:16px;background:var(--create-bg);box-shadow:var(--create-shadow);font-weight:500;color:var(--strong);gap:6px;margin-left:8px;cursor:pointer}
.${C.mini}{margin:24px 0 0 8px;padding-right:8px}
.${C.miniHead}{display:flex;align-items:center;justify-content:space-between;font-weight:500;color:var(--strong);padding-left:8px;margin-bottom:4px;font-size:14px}
.${C.miniGrid}{display:grid;grid-template-columns:repeat(7,28px);row-gap:2px;justify-content:space-between}
.${C.miniGrid} span{width:24px;height:24px;display:flex;align-items:center;justify-content:center;font-size:10.5px;border-radius:50%;margin:0 auto;color:var(--strong)}
.${C.miniDow}{color:var(--muted)!important;font-weight:500}
.${C.miniDay}.o{color:var(--muted)!important}
.${C.miniDay}.w{background:var(--week-hl)}
.${C.miniDay}.${C.isToday}{background:var(--accent);color:var(--on-accent)!important;font-weight:600}
.${C.calList}{margin:20px 0 0 8px}
.${C.calList} h3{font-size:14px;font-weight:500;color:var(--strong);margin:12px 0 4px 8px;display:flex;justify-content:space-between;align-items:center}
.${C.calList} h3 svg{color:var(--muted)}
.${C.calRow}{display:flex;align-items:center;gap:12px;height:32px;padding-left:8px;color:var(--text)}
.${C.calBox}{width:16px;height:16px;border-radius:3px;display:inline-flex;align-items:center;justify-content:center;flex:none}
.${C.calBox}::after{content:"";width:9px;height:5px;border:solid #fff;border-width:0 0 2px 2px;transform:translateY(-1px) rotate(-45deg)}
.${C.main}{flex:1;min-width:0;display:flex;flex-direction:column;border-left:1px solid transparent}
.${C.grid}{flex:1;display:flex;flex-direction:column;min-height:0;padding-right:14px}
.${C.cols}>.${C.col}:last-child,.${C.allDayCell}:last-child{border-right:1px solid var(--line)}
.${C.headRow},.${C.allDayRow}{display:flex}
.${C.gutter}{width:64px;flex:none;position:relative}
.${C.headRow} .${C.gutter}{font-size:10px;color:var(--muted);display:flex;align-items:flex-end;justify-content:flex-end;padding:0 8px 4px 0}
.${C.colHead}{flex:1;min-width:0;display:flex;flex-direction:column;align-items:center;padding-top:10px;position:relative}
.${C.colHead}::after{content:"";position:absolute;left:0;bottom:0;height:12px;border-left:1px solid var(--line)}
.${C.dow}{font-size:11px;font-weight:500;letter-spacing:.8px;color:var(--muted)}
.${C.dnum}{font-size:26px;width:46px;height:46px;border-radius:50%;display:flex;align-items:center;justify-content:center;color:var(--strong);margin:2px 0 6px}
.${C.colHead}.${C.isToday} .${C.dow}{color:var(--today-text)}
.${C.colHead}.${C.isToday} .${C.dnum}{background:var(--accent);color:var(--on-accent)}
.${C.allDayRow}{border-bottom:1px solid var(--line);min-height:26px}
.${C.allDayCell}{flex:1;min-width:0;border-left:1px solid var(--line);padding:1px 8px 3px 0;position:relative}
.${C.allDayCell} h2{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);margin:0}
.${C.body}{flex:1;display:flex;position:relative;padding:10px 0 12px;min-height:${HOURS * 40}px}
.${C.body} > .${C.gutter}{height:100%}
.${C.hourLabels}{position:relative;height:100%}
.${C.hourLabel}{position:absolute;right:16px;font-size:10px;color:var(--muted);transform:translateY(-50%);white-space:nowrap;line-height:12px}
.${C.cols}{flex:1;display:flex;position:relative;height:100%;border-bottom:1px solid var(--line)}
.${C.cols}::before,.${C.col}{background-image:linear-gradient(to bottom,var(--line) 0 1px,transparent 1px);background-size:100% calc(100% / ${HOURS});background-repeat:repeat-y}
.${C.cols}::before{content:"";position:absolute;left:-8px;width:8px;top:0;bottom:0}
.${C.col}{flex:1;min-width:0;border-left:1px solid var(--line);position:relative}
.${C.col}.${C.weekend},.${C.allDayCell}.${C.weekend}{background-color:var(--weekend)}
.${C.chip}{position:absolute;border-radius:6px;padding:3px 7px;background:var(--chip-bg);color:var(--chip-text);font-size:12px;line-height:16px;overflow:hidden;cursor:pointer;box-shadow:0 0 0 1px var(--bg);display:flex;flex-direction:column;text-align:left}
.${C.chip}:hover{filter:brightness(.96);box-shadow:0 0 0 1px var(--bg),0 2px 6px rgba(0,0,0,.2);z-index:4}
.${C.chip}:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
.${C.chipTitle}{font-weight:500;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${C.chipTime}{opacity:.92;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.${C.chipShort}{flex-direction:row;align-items:center;gap:4px;padding-top:0;padding-bottom:0}
.${C.chipShort} .${C.chipTitle}{flex:0 1 auto;min-width:0}
.${C.chipShort} .${C.chipTitle}::after{content:","}
.${C.chipShort} .${C.chipTime}{flex:1 1 0;min-width:0}
.${C.chipAllDay}{position:relative;display:flex;flex-direction:row;align-items:center;height:22px;padding:0 8px;margin-top:2px;border-radius:5px}
.${C.chipIcon}{position:absolute;right:6px;top:4px;opacity:.9}
.${C.chipShort} .${C.chipIcon}{position:static;order:-1;flex:none}
.${C.chipOutline}{background:var(--outline-bg);color:var(--chip-bg);border:1px solid var(--chip-bg);padding:2px 6px;background-image:repeating-linear-gradient(135deg,transparent 0 7px,color-mix(in srgb,var(--chip-bg) 12%,transparent) 7px 14px)}
.${C.chipDeclined}{background:var(--outline-bg);color:var(--chip-bg);border:1px solid color-mix(in srgb,var(--chip-bg) 55%,transparent);padding:2px 6px}
.${C.chipDeclined} .${C.chipTitle}{text-decoration:line-through;font-weight:400}
.${C.chipTask}{--chip-bg:var(--blueberry)}
.c-peacock{--chip-bg:var(--peacock)}.c-sage{--chip-bg:var(--sage)}.c-basil{--chip-bg:var(--basil)}.c-lavender{--chip-bg:var(--lavender)}.c-grape{--chip-bg:var(--grape)}.c-banana{--chip-bg:var(--banana)}.c-tangerine{--chip-bg:var(--tangerine)}.c-flamingo{--chip-bg:var(--flamingo)}.c-graphite{--chip-bg:var(--graphite)}.c-blueberry{--chip-bg:var(--blueberry)}
.c-banana:not(.${C.chipOutline}):not(.${C.chipDeclined}){color:#3c2f00}
.${C.now}{position:absolute;left:-1px;right:0;height:2px;background:var(--now);z-index:5;pointer-events:none}
.${C.now}::before{content:"";position:absolute;left:-6px;top:-5px;width:12px;height:12px;border-radius:50%;background:var(--now)}
`;

/**
 * A Google Calendar week view (Sunday–Saturday) for the week containing `shown` (default:
 * `now`, which marks today), as one self-contained HTML document. Serve it at https://calendar.google.com/calendar/u/0/r/week.
 */
export function demoCalendarHtml(now, shown = now) {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const shownDay = new Date(shown.getFullYear(), shown.getMonth(), shown.getDate());
  const weekStart = addDays(shownDay, -shownDay.getDay());
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const events = weekEvents();
  const heading = `Week of ${longDate(weekStart)}, ${events.length} events`;
  const todayKey = dateKey(today);

  const colHeads = days
    .map((d, i) => {
      const cls = [C.colHead];
      if (dateKey(d) === todayKey) cls.push(C.isToday);
      return `<div class="${cls.join(' ')}" role="columnheader" aria-label="${escapeHtml(`${WEEKDAYS[i]}, ${longDate(d)}`)}"><span class="${C.dow}">${WEEKDAYS[i]}</span><span class="${C.dnum}">${d.getDate()}</span></div>`;
    })
    .join('');

  const allDayCells = days
    .map((d, i) => {
      const chips = events.filter((e) => e.allDay && e.day === i).map((e) => chipHtml(e, d, ''));
      const cls = [C.allDayCell];
      if (i === 0 || i === 6) cls.push(C.weekend);
      return `<div role="gridcell" class="${cls.join(' ')}" data-datekey="${dateKey(d)}"><h2>${escapeHtml(`${chips.length} all day event${chips.length === 1 ? '' : 's'}, ${WEEKDAYS[i]}, ${longDate(d)}`)}</h2>${chips.join('')}</div>`;
    })
    .join('');

  const gridTop = FIRST_HOUR * 60;
  const gridBottom = LAST_HOUR * 60;
  /** Position in the day column, as a percentage of the visible hours. */
  const pct = (minutes) => (((minutes - gridTop) / 60) * 100) / HOURS;
  const columns = days
    .map((d, i) => {
      const timed = layoutDay(events.filter((e) => !e.allDay && e.day === i));
      const chips = timed.map((e) => {
        const top = pct(Math.max(e.start, gridTop));
        const height = pct(Math.min(e.end, gridBottom)) - top;
        // Like Google: later overlapping events are indented and drawn on top, earlier ones stay wide.
        const share = 100 / e.lanes;
        const left = e.lane * share;
        const width = e.lane === e.lanes - 1 ? 100 - left : Math.min(100 - left, share * 1.7);
        const right = left + width >= 100 ? 10 : 0;
        const style = `top:calc(${top.toFixed(3)}% + 1px);height:calc(${height.toFixed(3)}% - 2px);left:calc(${left.toFixed(3)}% + 1px);width:calc(${width.toFixed(3)}% - ${right + 2}px);z-index:${1 + e.lane}`;
        return chipHtml(e, d, style);
      });
      let nowLine = '';
      const minutes = now.getHours() * 60 + now.getMinutes();
      if (dateKey(d) === todayKey && minutes >= gridTop && minutes <= gridBottom) {
        nowLine = `<div class="${C.now}" style="top:calc(${pct(minutes).toFixed(3)}% - 1px)" aria-hidden="true"></div>`;
      }
      const cls = [C.col];
      if (i === 0 || i === 6) cls.push(C.weekend);
      return `<div role="gridcell" class="${cls.join(' ')}" data-datekey="${dateKey(d)}"><h2 class="${C.srOnly}">${escapeHtml(`${chips.length} event${chips.length === 1 ? '' : 's'}, ${WEEKDAYS[i]}, ${longDate(d)}`)}</h2>${chips.join('')}${nowLine}</div>`;
    })
    .join('');

  const hourLabels = [];
  for (let h = FIRST_HOUR; h < LAST_HOUR; h++) {
    const label = `${h % 12 === 0 ? 12 : h % 12} ${h < 12 ? 'AM' : 'PM'}`;
    hourLabels.push(
      `<div class="${C.hourLabel}" style="top:${(((h - FIRST_HOUR) * 100) / HOURS).toFixed(3)}%">${label}</div>`,
    );
  }

  const calendars = [
    ['Sam Patel', '#039be5'],
    ['Birthdays', '#0b8043'],
    ['Tasks', '#3f51b5'],
  ];
  const otherCalendars = [['Holidays in United States', '#0b8043']];
  const calRows = (list) =>
    list
      .map(
        ([name, color]) =>
          `<div class="${C.calRow}"><span class="${C.calBox}" style="background:${color}" aria-hidden="true"></span>${escapeHtml(name)}</div>`,
      )
      .join('');

  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(`Google Calendar - Week of ${longDate(weekStart)}`)}</title>
<!-- Upward demo calendar: hand-built from the facts in docs/calendars.md (demo/calendar.mjs). Not Google's page. -->
<style>${CSS}</style>
</head>
<body class="EIlDfe Ke1ZDc" jscontroller="pjICDe">
<header class="${C.top}" id="gb" role="banner">
  <div class="${C.topLeft}">
    <span class="${C.iconBtn}" role="button" tabindex="0" aria-label="Main menu">${icon('menu')}</span>
    ${logo(today.getDate())}
    <span class="${C.brand}">Calendar</span>
  </div>
  <span class="${C.todayBtn}" role="button" tabindex="0" aria-label="${escapeHtml(`Today, ${longDate(today)}`)}">Today</span>
  <span class="${C.navArrows}">
    <span class="${C.iconBtn}" role="button" tabindex="0" aria-label="Previous week">${icon('left')}</span>
    <span class="${C.iconBtn}" role="button" tabindex="0" aria-label="Next week">${icon('right')}</span>
  </span>
  <div class="${C.period}" aria-live="polite">${escapeHtml(periodTitle(weekStart))}</div>
  <div class="${C.topRight}">
    <span class="${C.iconBtn}" role="button" tabindex="0" aria-label="Search">${icon('search')}</span>
    <span class="${C.iconBtn}" role="button" tabindex="0" aria-label="Support">${icon('help')}</span>
    <span class="${C.iconBtn}" role="button" tabindex="0" aria-label="Settings menu">${icon('settings')}</span>
    <span class="${C.viewBtn}" role="button" tabindex="0" aria-label="Week view">Week${icon('drop', 20)}</span>
    <span class="${C.iconBtn}" role="button" tabindex="0" aria-label="Apps">${appsIcon()}</span>
    <a class="${C.avatar}" role="button" tabindex="0" aria-label="Google Account: Sam Patel  &#10;(sam@example.com)" href="https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://calendar.google.com/calendar/r">S</a>
  </div>
</header>
<div class="${C.shell}">
  <div class="${C.side}" role="complementary" aria-label="Side panel">
    <div class="${C.create}" role="button" tabindex="0" aria-label="Create">${plusIcon()}<span>Create</span></div>
    ${miniCalendar(today, weekStart)}
    <div class="${C.calList}">
      <h3>My calendars ${icon('drop', 20)}</h3>
      ${calRows(calendars)}
      <h3>Other calendars ${icon('drop', 20)}</h3>
      ${calRows(otherCalendars)}
    </div>
  </div>
  <div class="${C.main}" role="main" data-period-type="week">
    <h1 class="${C.srOnly}">${escapeHtml(heading)}</h1>
    <div class="${C.grid}" role="grid" aria-label="${escapeHtml(`Week of ${longDate(weekStart)}`)}">
      <div class="${C.headRow}" role="row">
        <div class="${C.gutter}">${escapeHtml(timezoneLabel(now))}</div>
        ${colHeads}
      </div>
      <div class="${C.allDayRow}" role="row" aria-label="All day events">
        <div class="${C.gutter}"></div>
        ${allDayCells}
      </div>
      <div class="${C.body}" role="presentation">
        <div class="${C.gutter}" role="rowheader"><div class="${C.hourLabels}">${hourLabels.join('')}</div></div>
        <div class="${C.cols}" role="row">${columns}</div>
      </div>
    </div>
  </div>
</div>
</body>
</html>
`;
}
