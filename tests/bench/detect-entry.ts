/**
 * In-page entry of the detection benchmark (`npm run bench:detect`). scripts/bench-detect.mjs
 * bundles this with esbuild (iife) and injects it into the generated Google Calendar page, so
 * the measurements run the real lib/calendar code, as the content script does.
 */
import { googleAdapter } from '../../lib/calendar/google';
import { readEvents } from '../../lib/calendar/read-page';
import type { CalendarAdapter } from '../../lib/calendar/types';
import { watchCalendarPage } from '../../lib/calendar/watch';

/** The dialog selector from CALENDARS.md, in case the adapter under test predates `detailsSelector`. */
const DETAILS_DIALOG = '[role="dialog"][data-chips-dialog="true"]';

const adapter: CalendarAdapter = googleAdapter.detailsSelector
  ? googleAdapter
  : { ...googleAdapter, detailsSelector: DETAILS_DIALOG };

export interface DetectBenchApi {
  watchCalendarPage: typeof watchCalendarPage;
  googleAdapter: CalendarAdapter;
  readEvents: typeof readEvents;
}

declare global {
  interface Window {
    upwardBench: DetectBenchApi;
  }
}

window.upwardBench = { watchCalendarPage, googleAdapter: adapter, readEvents };
