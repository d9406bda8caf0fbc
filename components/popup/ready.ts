/**
 * "Ready" for the popup means: the quick-note box has focus (you can type) and the recent list
 * has drawn (you can see what you filed). The moment both are true is marked once as
 * `upward:ready` on the page's performance timeline, where `npm run bench:popup` reads it
 * (its startTime counts from navigation start).
 */
export const READY_MARK = 'upward:ready';
/** When the box took focus, for the benchmark's breakdown. */
export const TYPING_MARK = 'upward:typing';

export interface ReadyTracker {
  typing(): void;
  listed(): void;
}

export function readyTracker(
  onReady: () => void = () => performance.mark(READY_MARK),
  onTyping: () => void = () => performance.mark(TYPING_MARK),
): ReadyTracker {
  let typing = false;
  let listed = false;
  let done = false;
  const check = () => {
    if (done || !typing || !listed) return;
    done = true;
    onReady();
  };
  return {
    typing() {
      if (!typing) onTyping();
      typing = true;
      check();
    },
    listed() {
      listed = true;
      check();
    },
  };
}
