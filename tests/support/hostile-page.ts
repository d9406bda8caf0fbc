/**
 * The hostile-page privacy check, shared by both browser suites: what is typed into the prep
 * card, and what tests/fixtures/hostile/typing-spy.js saw of the page while it was typed.
 */

export const SPY_SCRIPT = 'tests/fixtures/hostile/typing-spy.js';

export const TYPED_NEED = 'Qzx7NeedMarker tell me when you are disappointed';
export const TYPED_NOTE = 'Wvk3NoteMarker the reorg worries me';
/** Distinctive slices of what is typed: none may show up anywhere the page or content script can look. */
export const TYPED_MARKERS = ['Qzx7', 'NeedMarker', 'disappointed', 'Wvk3', 'NoteMarker', 'reorg worries'];

export interface SpyDump {
  log: string[];
  keys: number;
  html: string;
}

/** Runs in the calendar page: everything the spy logged, its key count, and the page's HTML. */
export function spyDumpInPage(): SpyDump {
  return (window as unknown as { __spyDump(): SpyDump }).__spyDump();
}

/** The spy's log lines that show it reached into the card: its frame's document or address, or a shadow root holding it. */
export function reachesIntoCard(log: string[]): string[] {
  return log.filter(
    (line) =>
      /^(frames|iframe)\.doc:/.test(line) ||
      line.startsWith('iframe.src') ||
      (line.startsWith('shadow:') && line.includes('iframe')),
  );
}
