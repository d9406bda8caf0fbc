// Generated Google Calendar pages for the detection benchmark (`npm run bench:detect`).
// Built from the facts in lib/calendar/google.ts and google-label.ts: chips are
// `div[role=button][data-eventid][data-eventchip]` with a visually hidden first child (or an
// aria-label) holding the English label, hashed class names, nested spans, recurring ids with
// a `_YYYYMMDDTHHMMSSZ` suffix, resize handles repeating the id, one chip per day for multi-day
// events, and a few tasks (`tasks_…`) that are not meetings. Deterministic: the same count
// always gives the same page. Runs in Node (to build pages) and in the browser (`makeChip`).

import { clock, dateKey, encodeEventId, escapeHtml, monthName, timeRange } from '../support/google-page.mjs';

const YEAR = 2026;
const TITLES = [
  'Dana / Sam',
  'Sam <> Dana 1:1',
  'Team sync',
  'Standup',
  'Design review',
  'Lunch with Dana’s team',
  'Ana / Sam mentoring',
  'Planning, Q2 roadmap',
  'Interview: backend, onsite',
  'Catch-up',
  'Release window',
  'Customer call',
  '1-on-1',
  'Focus time',
  'Retro',
  'Hiring sync',
];
const ORGANIZERS = [
  'Dana Reyes',
  'Sam Porter',
  'Ana Lima',
  'Lee Park',
  'Dan Brown',
  'Priya Shah',
  'Calendar: Team events',
];
const RESPONSES = ['Accepted', 'Accepted', 'Accepted', 'Needs RSVP', 'Maybe', 'Declined', null];
const LOCATIONS = [
  'No location',
  'No location',
  'No location',
  'Location: Room 4, Building B',
  'Location: https://meet.example/abc-defg',
];

/** Hashed class names as Google ships them: the same set on every chip of one kind, renamed every redesign. */
const CLS = {
  chip: ['GTG3wb ChfiMc rFUW1c', 'GTG3wb ChfiMc rFUW1c LLspoc', 'GTG3wb ChfiMc rFUW1c Tnsqdc'],
  label: 'XuJrye',
  body: 'KcY3wb lhydbb',
  titleLine: 'I0UMhf',
  titleSpan: 'lhydbb gVNoLb',
  timeLine: 'gVNoLb UfeRlc',
  orgLine: 'K9QN7e',
  handle: 'leOeGd',
  dot: 'VlNR9e',
};

/** Small deterministic PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const pad = (n, width = 2) => String(n).padStart(width, '0');
const esc = escapeHtml;
/** The day column key of a day in the generated month. */
const dateKeyOf = (month, day) => dateKey(new Date(YEAR, month - 1, day));
const MONTH = (month) => monthName(month);

/**
 * One event of a generated page. `days` lists the [month, day] it shows on (several for a
 * multi-day event: one chip per day). Times are minutes after midnight, local.
 */
function planEvents(count, days, seed) {
  const rand = random(seed);
  const used = new Set();
  const events = [];
  for (let i = 0; i < count; i++) {
    const dayIndex = Math.floor(rand() * days.length);
    const [month, day] = days[dayIndex];
    const kind = rand();
    const task = kind < 0.02;
    const multiDay = !task && kind > 0.985 && dayIndex < days.length - 1;
    const allDay = multiDay || (!task && kind > 0.97);
    const start = 8 * 60 + Math.floor(rand() * 40) * 15;
    const end = start + (rand() < 0.6 ? 30 : 60);
    let id = task ? `tasks_${pad(i, 5)}bench` : `bench${pad(i, 5)}${Math.floor(rand() * 1e6).toString(36)}`;
    let recurring = false;
    if (!task && !allDay && rand() < 0.4) {
      const utc = start + 5 * 60; // the page's zone is UTC-5
      const occurrence = `${YEAR}${pad(month)}${pad(day)}T${pad(Math.floor(utc / 60) % 24)}${pad(utc % 60)}00Z`;
      const series = `series${pad(i % 37, 3)}`;
      if (!used.has(`${series}_${occurrence}`)) {
        id = `${series}_${occurrence}`;
        recurring = true;
      }
    }
    used.add(id);
    events.push({
      id,
      task,
      allDay,
      recurring,
      days: multiDay ? [days[dayIndex], days[dayIndex + 1]] : [[month, day]],
      start,
      end,
      title: task ? `Task ${i}: send notes` : pick(rand, TITLES),
      organizer: pick(rand, ORGANIZERS),
      response: pick(rand, RESPONSES),
      location: pick(rand, LOCATIONS),
      inherit: rand() < 0.3,
      ariaLabel: rand() < 0.3,
      handle: !allDay && rand() < 0.08,
      variant: i % CLS.chip.length,
    });
  }
  return events;
}

function labelOf(event) {
  const days = event.days;
  const [m1, d1] = days[0];
  const [m2, d2] = days[days.length - 1];
  const date =
    days.length > 1
      ? m1 === m2
        ? `${MONTH(m1)} ${d1} – ${d2}, ${YEAR}`
        : `${MONTH(m1)} ${d1} – ${MONTH(m2)} ${d2}, ${YEAR}`
      : `${MONTH(m1)} ${d1}, ${YEAR}`;
  const head = event.allDay ? 'All day' : timeRange(event.start, event.end, { inherit: event.inherit });
  const rsvp = event.organizer.startsWith('Calendar:') || !event.response ? [] : [event.response];
  return [head, event.title, event.organizer, ...rsvp, event.location, date].join(', ');
}

/** One chip's HTML (about 12-15 nodes). `stacked` for month view. */
function chipHtml(event, { stacked, top }) {
  const label = labelOf(event);
  const eventId = encodeEventId(event.id);
  const height = event.allDay || stacked ? 22 : Math.max(22, ((event.end - event.start) / 60) * 48 - 2);
  const attrs = [
    'role="button"',
    'tabindex="0"',
    `class="${CLS.chip[event.variant]}"`,
    'jslog="35463; track:click,2"',
    'data-eventchip=""',
    `data-eventid="${eventId}"`,
    'data-opens-details="true"',
    stacked ? 'data-stacked-layout-chip="true"' : '',
    event.ariaLabel ? `aria-label="${esc(label)}"` : '',
    `style="top: ${top}px; height: ${height}px; left: 0%; width: 100%; z-index: 5;"`,
  ]
    .filter(Boolean)
    .join(' ');
  const hidden = event.ariaLabel ? '' : `<div class="${CLS.label}">${esc(label)}</div>`;
  const when = event.allDay
    ? ''
    : `<div class="${CLS.timeLine}"><span>${esc(`${clock(event.start, { suffix: false })} – ${clock(event.end)}`)}</span></div>`;
  const org = event.organizer.startsWith('Calendar:') ? event.organizer.slice(10) : event.organizer;
  const handle = event.handle
    ? `<div class="${CLS.handle}" data-eventid="${eventId}" data-dragsource-type="3" aria-hidden="true"></div>`
    : '';
  return (
    `<div ${attrs}>${hidden}<div aria-hidden="true" class="${CLS.body}">` +
    `<div class="${CLS.titleLine}"><span class="${CLS.dot}"></span><span class="${CLS.titleSpan}"><span>${esc(event.title)}</span></span></div>` +
    `${when}<div class="${CLS.orgLine}"><span>${esc(org)}</span></div></div>${handle}</div>`
  );
}

function page({ title, heading, period, grid, monthLabel }) {
  const mini = [];
  for (let d = 1; d <= 35; d++)
    mini.push(
      `<span role="gridcell" class="W0m3G" data-date="${d}"><span class="x5FT4e">${((d - 1) % 31) + 1}</span></span>`,
    );
  const calendars = ['Sam Porter', 'Tasks', 'Birthdays', 'Holidays in United States', 'Team events']
    .map(
      (name) =>
        `<li class="Bv6Dpd"><input type="checkbox" checked aria-label="${name}"><span class="mcH2Rc">${name}</span></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>.XuJrye{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}[data-eventchip]{position:absolute}[role=gridcell]{position:relative}</style>
</head><body class="EIlDfe" jscontroller="pjICDe">
<header role="banner" class="gb_Sa" id="gb"><div role="button" aria-label="Main menu" class="gb_Ic">menu</div><span class="gb_Ud">Calendar</span><div role="button" class="iRGgyc">Today</div><div class="rSoRzd">${esc(monthLabel)}</div></header>
<div class="tEhMVd">
<div role="complementary" aria-label="Side panel" class="QQYuzf"><div role="button" aria-label="Create" class="LPoZQc">Create</div><div role="grid" class="Ui9OEb">${mini.join('')}</div><ul class="tp6CFc">${calendars}</ul></div>
<div role="main" class="Kk7lMc" data-period-type="${period}">
<h1 class="tKOGqf">${esc(heading)}</h1>
${grid}
</div></div></body></html>`;
}

/** Week of March 8-14, 2026. */
const WEEK_DAYS = [8, 9, 10, 11, 12, 13, 14].map((d) => [3, d]);
/** Month grid for March 2026: Sunday March 1 to Saturday April 4. */
const MONTH_DAYS = [...Array.from({ length: 31 }, (_, i) => [3, i + 1]), ...[1, 2, 3, 4].map((d) => [4, d])];

/** Chips per [month, day] key, in display order. */
function chipsByDay(events, render) {
  const byDay = new Map();
  for (const event of events) {
    for (const [month, day] of event.days) {
      const key = `${month}/${day}`;
      if (!byDay.has(key)) byDay.set(key, []);
      byDay.get(key).push(event);
    }
  }
  for (const list of byDay.values()) list.sort((a, b) => a.start - b.start);
  return (month, day) => (byDay.get(`${month}/${day}`) ?? []).map(render).join('');
}

/** Google Calendar week view with `eventCount` distinct events (a few are tasks, a few span two days). */
export function googleWeekPage(eventCount) {
  const events = planEvents(eventCount, WEEK_DAYS, 7 + eventCount);
  const allDay = chipsByDay(
    events.filter((e) => e.allDay),
    (e) => chipHtml(e, { stacked: false, top: 0 }),
  );
  const timed = chipsByDay(
    events.filter((e) => !e.allDay),
    (e) => chipHtml(e, { stacked: false, top: (e.start / 60) * 48 }),
  );
  const hours = '<div class="R6TmBf" aria-hidden="true"></div>'.repeat(24);
  const hourLabels = Array.from(
    { length: 24 },
    (_, h) => `<div class="Bq5yTc"><span class="QTG4kb">${h % 12 || 12} ${h < 12 ? 'AM' : 'PM'}</span></div>`,
  ).join('');
  const headerRow = WEEK_DAYS.map(
    ([m, d]) =>
      `<div role="columnheader" class="yzWBv" aria-label="${MONTH(m)} ${d}"><h2 class="XuJrye">${MONTH(m)} ${d}</h2><div class="sVASAd">${d}</div></div>`,
  ).join('');
  const allDayRow = WEEK_DAYS.map(
    ([m, d]) =>
      `<div role="gridcell" class="RCXPcd" data-datekey="${dateKeyOf(m, d)}"><div role="presentation" class="Gb1Ge">${allDay(m, d)}</div></div>`,
  ).join('');
  const columns = WEEK_DAYS.map(
    ([m, d]) =>
      `<div role="gridcell" class="YvjgZe Qbfsob" data-datekey="${dateKeyOf(m, d)}"><h2 class="XuJrye">${MONTH(m)} ${d}</h2><div role="presentation" class="PIkvGb">${hours}</div><div role="presentation" class="feMFof A3o4Oe">${timed(m, d)}</div></div>`,
  ).join('\n');
  const grid = `<div role="grid" aria-label="Week of March 8, 2026" class="i2GIU">
<div role="presentation" class="MVMVEe"><div role="row" class="qOsM1d">${headerRow}</div><div role="row" aria-label="All day events" class="FBoEIf">${allDayRow}</div></div>
<div role="presentation" class="Tmdkcc"><div class="Cf5Ckc" aria-hidden="true">${hourLabels}</div><div role="row" class="BiKU4b">
${columns}
</div></div></div>`;
  return page({
    title: 'Google Calendar - Week of March 8, 2026',
    heading: `Week of March 8, 2026, ${eventCount} events`,
    period: 'week',
    grid,
    monthLabel: 'March 2026',
  });
}

/** Google Calendar month view (March 2026) with `eventCount` distinct events, chips stacked per day. */
export function googleMonthPage(eventCount) {
  const events = planEvents(eventCount, MONTH_DAYS, 11 + eventCount);
  const chips = chipsByDay(events, (e) => chipHtml(e, { stacked: true, top: 0 }));
  const rows = [];
  for (let week = 0; week < 5; week++) {
    const cells = MONTH_DAYS.slice(week * 7, week * 7 + 7)
      .map(
        ([m, d]) =>
          `<div role="gridcell" class="MGaLHf ChfiMc" data-datekey="${dateKeyOf(m, d)}"><h2 class="XuJrye">${MONTH(m)} ${d}</h2><div class="sVASAd" aria-hidden="true">${d === 1 ? `${MONTH(m).slice(0, 3)} 1` : d}</div><div role="presentation" class="vEJ0bc">${chips(m, d)}</div></div>`,
      )
      .join('');
    rows.push(`<div role="row" class="lFe10c">${cells}</div>`);
  }
  const headers = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
    .map((d) => `<div role="columnheader" class="yzWBv">${d}</div>`)
    .join('');
  const grid = `<div role="grid" aria-label="March 2026" class="i2GIU"><div role="row" class="qOsM1d">${headers}</div><div role="rowgroup" class="mDPmMe">
${rows.join('\n')}
</div></div>`;
  return page({
    title: 'Google Calendar - March 2026',
    heading: `March 2026, ${eventCount} events`,
    period: 'month',
    grid,
    monthLabel: 'March 2026',
  });
}

/** What a generated page holds, for the benchmark's sanity checks. */
export function googlePagePlan(view, eventCount) {
  const events =
    view === 'month'
      ? planEvents(eventCount, MONTH_DAYS, 11 + eventCount)
      : planEvents(eventCount, WEEK_DAYS, 7 + eventCount);
  const chips = events.reduce((n, e) => n + e.days.length, 0);
  const tasks = events.filter((e) => e.task).length;
  return {
    events: events.length,
    tasks,
    meetings: events.length - tasks,
    chips,
    handles: events.filter((e) => e.handle).length,
    recurring: events.filter((e) => e.recurring).length,
  };
}

/** HTML of one new timed chip on March 10 (a meeting, distinct id per index), for mutation tests. */
export function newChipHtml(index) {
  const start = 9 * 60 + (index % 32) * 15;
  return chipHtml(
    {
      id: `benchnew${pad(index, 6)}`,
      task: false,
      allDay: false,
      recurring: false,
      days: [[3, 10]],
      start,
      end: start + 30,
      title: `Dana / Sam ${index}`,
      organizer: 'Dana Reyes',
      response: 'Accepted',
      location: 'No location',
      inherit: false,
      ariaLabel: index % 3 === 0,
      handle: index % 10 === 0,
      variant: index % CLS.chip.length,
    },
    { stacked: false, top: (start / 60) * 48 },
  );
}

/** ONE new chip element, owned by `doc` and not yet attached. */
export function makeChip(doc, index) {
  const template = doc.createElement('template');
  template.innerHTML = newChipHtml(index);
  return template.content.firstElementChild;
}
