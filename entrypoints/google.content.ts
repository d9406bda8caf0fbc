import { googleAdapter } from '../lib/calendar/google';
import { siteMatches } from '../lib/calendar/sites';
import { runCalendarContentScript } from '../lib/content/run';

export default defineContentScript({
  matches: siteMatches(googleAdapter.site),
  runAt: 'document_idle',
  main: (ctx) => runCalendarContentScript(ctx, [googleAdapter]),
});
