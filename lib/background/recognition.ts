import type { ContentHandlers } from './content-messages';

/** Placeholder until the classifier lands: nothing is recognised yet. */
export const recognitionHandlers: ContentHandlers = {
  'calendar/events': async () => ({ oneOnOnes: [] }),
  'calendar/guests': async () => ({ oneOnOnes: [] }),
};
