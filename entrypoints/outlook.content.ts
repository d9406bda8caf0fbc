import { outlookAdapter } from '../lib/calendar/outlook';
import { matchesOf } from '../lib/calendar/site-row';
import { runCalendarContentScript } from '../lib/content/run';

export default defineContentScript({
  matches: matchesOf(outlookAdapter.row.hosts),
  runAt: 'document_end',
  main: (ctx) => runCalendarContentScript(ctx, [outlookAdapter]),
});
