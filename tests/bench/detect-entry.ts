/**
 * In-page entry of the detection benchmark (`npm run bench:detect`). scripts/bench-detect.mjs
 * bundles this with esbuild (iife) and injects it into the generated Google Calendar page, so
 * the measurements run the real lib/calendar code, as the content script does.
 */
import { googleAdapter } from '../../lib/calendar/google';
import { ALL_LABEL_WORDS } from '../../lib/calendar/locale/all-words';
import { useLabelWords } from '../../lib/calendar/locale/words';
import { readEvents } from '../../lib/calendar/read-page';
import { SLICE, watchCalendarPage } from '../../lib/calendar/watch';

export interface DetectBenchApi {
  watchCalendarPage: typeof watchCalendarPage;
  googleAdapter: typeof googleAdapter;
  readEvents: typeof readEvents;
  slice: number;
}

declare global {
  interface Window {
    upwardBench: DetectBenchApi;
  }
}

// As the content script gets them: the tables with their vocabularies built, through JSON.
useLabelWords(JSON.parse(JSON.stringify(ALL_LABEL_WORDS)));

window.upwardBench = { watchCalendarPage, googleAdapter, readEvents, slice: SLICE };
