// What the Chromium and Firefox demos share: where things are, how progress is shown, which
// week the demo calendar shows and what the screenshots show.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT_DIR = join(ROOT, 'demo-output');
export const CALENDAR_URL = 'https://calendar.google.com/calendar/u/0/r/week';
export const HEADLESS = !process.env.DISPLAY;
/** Headless runs must finish well under a minute; past this something is stuck. */
export const HEADLESS_LIMIT_MS = 50_000;

/** A failure with a sentence for the user (no stack trace needed). */
export class DemoError extends Error {}

export function step(message) {
  console.log(`\n▸ ${message}`);
}

/** The week the demo calendar shows (demo/calendar.mjs says which, and why). */
export { weekToShow } from '../demo/calendar.mjs';

/**
 * The 1:1s the background recorded, with who and why, read from the extension's own store.
 * `extension` evaluates in one of Upward's contexts: Chromium's service worker, or an
 * extension page in Firefox (whose event-page background cannot be evaluated from outside).
 */
export async function recognisedOneOnOnes(extension) {
  const found = await extension.evaluate(
    () =>
      new Promise((done, failed) => {
        const open = indexedDB.open('upward');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['meetings', 'people']);
          const meetings = tx.objectStore('meetings').getAll();
          const people = tx.objectStore('people').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const names = new Map(people.result.map((p) => [p.id, `${p.name} (${p.relation})`]));
            done(
              meetings.result
                .filter((m) => m.personId)
                .sort((a, b) => String(a.start).localeCompare(String(b.start)))
                .map((m) => `${m.start}  "${m.title}" with ${names.get(m.personId)}: ${(m.reasons ?? []).join('; ')}`),
            );
          };
        };
      }),
  );
  return found.length ? found : ['(none yet: is the extension loaded?)'];
}

/** Where a headless demo writes its screenshots (`prefix` tells the browsers' apart); makes the folder. */
export function screenshotPaths(prefix = '') {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return {
    calendar: join(OUTPUT_DIR, `${prefix}calendar.png`),
    calendarDark: join(OUTPUT_DIR, `${prefix}calendar-dark.png`),
    popup: join(OUTPUT_DIR, `${prefix}popup.png`),
    options: join(OUTPUT_DIR, `${prefix}options.png`),
  };
}

/** The closing words of a headless demo: the screenshots' paths and what they show. */
export function whatTheShotsShow(shots, browserName) {
  return `
Screenshots (${browserName}):
  ${shots.calendar}
  ${shots.calendarDark}
  ${shots.popup}
  ${shots.options}

What you are looking at: the calendar shots are a bundled, offline Google Calendar week view for
this week (next week from Friday on, or near one of its 1:1s), each 1:1 marked with Upward's badge and the prep card open
beside "Dana / Sam" as a brief (last time, what to raise, Dana right now, notes) (served by the demo as
${CALENDAR_URL}; no account, no network) with Upward loaded, in the light and dark themes. Sam
Patel's week holds the 1:1s Upward should recognise (the weekly "Dana / Sam" with their manager on
Tuesday at 3pm, "Mentoring: Ana / Sam" on Wednesday, "Sam <> Lee skip-level" on Thursday) among
look-alikes it must not: "Team sync" organised by Dana, "Lunch with Dana's team", a declined
meeting, a holiday and a task. The popup shot is the toolbar popup and the options shot the
settings page, reading the seeded sample data (Sam, three people, needs, questions and quick
notes), which lived only in a temporary profile.`;
}
