import { outlookAdapter } from '../lib/calendar/outlook';
import { runCalendarContentScript } from '../lib/content/run';
import { OUTLOOK_MATCHES } from '../lib/hosts';

export default defineContentScript({
  matches: OUTLOOK_MATCHES,
  runAt: 'document_idle',
  main: (ctx) => runCalendarContentScript(ctx, [outlookAdapter]),
});
