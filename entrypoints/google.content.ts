import { googleAdapter } from '../lib/calendar/google';
import { matchesOf } from '../lib/calendar/site-row';
import { runCalendarContentScript } from '../lib/content/run';

export default defineContentScript({
  matches: matchesOf(googleAdapter.row.hosts),
  runAt: 'document_end',
  main: (ctx) => runCalendarContentScript(ctx, [googleAdapter]),
});
