import { outlookAdapter } from '../lib/calendar/outlook';
import { siteMatches } from '../lib/calendar/sites';
import { runCalendarContentScript } from '../lib/content/run';

export default defineContentScript({
  matches: siteMatches(outlookAdapter.site),
  runAt: 'document_idle',
  main: (ctx) => runCalendarContentScript(ctx, [outlookAdapter]),
});
