import { CALENDAR_MATCHES } from '../lib/hosts';

export default defineContentScript({
  matches: CALENDAR_MATCHES,
  runAt: 'document_idle',
  main() {
    // Recognition wiring arrives with the site adapters.
  },
});
