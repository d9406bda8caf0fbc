import { readFileSync } from 'node:fs';
import type { CalendarSite } from '../../lib/calendar/sites';
import { chipLabel, clock, encodeEventId, longDate, minutesOf, timeRange } from '../support/google-page.mjs';

/**
 * The saved calendar fixtures are markup only. Served through here they get what the real
 * apps add: chips laid out and positioned (as Google and Outlook position theirs), a dark
 * theme under `prefers-color-scheme: dark`, and an app that opens its own event dialog when a
 * chip is clicked or activated by keyboard, so tests can tell the badge's click from the chip's.
 */
export const GOOGLE_WEEK = 'https://calendar.google.com/calendar/u/0/r/week/2026/3/10';
export const OUTLOOK_WEEK = 'https://outlook.office.com/calendar/view/week';

export type Site = CalendarSite;

export const CHIP: Record<Site, string> = { google: '[data-eventchip]', outlook: '[data-calitemid]' };

/** The saved week views, and the events on them that are 1:1s with the sample people (sorted). */
export const WEEK_FIXTURES: { site: Site; url: string; fixture: string; oneOnOnes: string[] }[] = [
  {
    site: 'google',
    url: GOOGLE_WEEK,
    fixture: 'tests/fixtures/google/week.html',
    // Not "Team sync" (organised by Dana), not "Lunch with Dana's team", not "Dan / Sam"
    // (Dan Brown), not the skip-level you declined.
    oneOnOnes: ['Ana / Sam mentoring', 'Dana / Sam'],
  },
  // "Team sync" is organised by Dana but is a team meeting; the holiday is all-day.
  { site: 'outlook', url: OUTLOOK_WEEK, fixture: 'tests/fixtures/outlook/week.html', oneOnOnes: ['Dana / Sam'] },
];

export const APP_CSS = `
:root{color-scheme:light;--bg:#fff;--text:#3c4043;--line:#dadce0;--chip:#039be5;--chip-text:#fff}
@media (prefers-color-scheme: dark){:root{color-scheme:dark;--bg:#131314;--text:#e3e3e3;--line:#3c4043;--chip:#4fb3e8;--chip-text:#0f1113}}
html,body{margin:0;background:var(--bg);color:var(--text);font:14px/1.4 system-ui,sans-serif}
[role="banner"],[role="navigation"],[role="complementary"]{display:flex;gap:8px;padding:8px;border-bottom:1px solid var(--line)}
[role="main"]{padding:8px}
[role="grid"] [role="row"],[data-app-section="calendar-view-0"],[data-app-section="calendar-view-header-0"]{display:flex;gap:0}
[role="gridcell"]{flex:1;min-width:0;min-height:60px;border-left:1px solid var(--line);padding:4px;position:relative}
[role="gridcell"] h2{font-size:12px;margin:0 0 4px}
[role="rowheader"],[data-app-section="calendar-view-0"]>[aria-hidden="true"]{width:48px;font-size:10px;flex:none}
${CHIP.google},${CHIP.outlook}{position:relative!important;top:auto!important;left:auto!important;width:auto!important;height:auto!important;min-height:36px;margin:0 0 4px;padding:4px 6px;border-radius:6px;background:var(--chip);color:var(--chip-text);font-size:12px;overflow:hidden;cursor:pointer;display:block}
${CHIP.google}:not([aria-label])>:first-child{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
${CHIP.google}:focus-visible,${CHIP.outlook} [role="button"]:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
.app-dialog{position:fixed;left:50%;top:30%;transform:translateX(-50%);background:var(--bg);color:var(--text);border:1px solid var(--line);padding:16px;box-shadow:0 4px 16px rgba(0,0,0,.3);z-index:10}
`;

/** The calendar's own behaviour: click (or Enter on) a chip, and its details dialog opens. */
export const APP_SCRIPT = `
(() => {
  window.__appDialogs = [];
  const chipOf = (target) => target instanceof Element ? target.closest('${CHIP.google}, ${CHIP.outlook}') : null;
  const openDialog = (chip) => {
    const title = chip.querySelector('[aria-hidden="true"] span')?.textContent ?? '';
    window.__appDialogs.push(title);
    document.querySelector('.app-dialog')?.remove();
    const dialog = document.createElement('div');
    dialog.className = 'app-dialog';
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('aria-label', 'Event details');
    dialog.textContent = title;
    document.body.append(dialog);
  };
  document.addEventListener('click', (event) => { const chip = chipOf(event.target); if (chip) openDialog(chip); });
  document.addEventListener('keydown', (event) => {
    const chip = chipOf(event.target);
    if (chip && (event.key === 'Enter' || event.key === ' ')) openDialog(chip);
  });
})();
`;

/** The fixture's HTML with the app's style and script. */
export function appPage(fixturePath: string): string {
  return appHtml(readFileSync(fixturePath, 'utf8'));
}

/** A calendar page's HTML with the app's style and script. */
export function appHtml(html: string): string {
  return html
    .replace('</head>', `<style>${APP_CSS}</style></head>`)
    .replace(/<\/body>(?![\s\S]*<\/body>)/, `<script>${APP_SCRIPT}</script></body>`);
}

/** A Google day view with one "Dana / Sam" 1:1 starting at `start` (20 minutes long). */
export function soonOneOnOnePage(start: Date): string {
  const end = new Date(start.getTime() + 20 * 60_000);
  const day = longDate(start);
  const time = timeRange(minutesOf(start), minutesOf(end));
  const label = chipLabel({ time, title: 'Dana / Sam', organizer: 'Dana Reyes', response: 'Accepted', date: day });
  const id = encodeEventId('soon1on1');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Google Calendar - ${day}</title><style>${APP_CSS}</style></head>
<body><div role="main" data-period-type="day"><div role="grid"><div role="row"><div role="gridcell"><div role="presentation">
<div role="button" tabindex="0" data-eventchip="" data-eventid="${id}" aria-label="${label}"><div aria-hidden="true"><div><span>Dana / Sam</span></div><div>${clock(minutesOf(start))}</div></div></div>
</div></div></div></div></div><script>${APP_SCRIPT}</script></body></html>`;
}
