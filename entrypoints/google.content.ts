import { googleAdapter } from '../lib/calendar/google';
import { runCalendarContentScript } from '../lib/content/run';
import { GOOGLE_MATCHES } from '../lib/hosts';

export default defineContentScript({
  matches: GOOGLE_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runCalendarContentScript(ctx, [googleAdapter]),
});
