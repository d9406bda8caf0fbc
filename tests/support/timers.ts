/**
 * Fake timers for tests of code that waits (debounces, settle times, slices): time moves
 * only when the test says so, so a loaded machine cannot make a wait too short.
 */
import { afterEach, beforeEach, vi } from 'vitest';

/** Timers only: Date, microtasks and the DOM's own scheduling stay real. */
export function useFakeTimers(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Lets `ms` of fake time pass, running every timer and the promises they settle. */
export const elapse = (ms: number): Promise<void> => vi.advanceTimersByTimeAsync(ms).then(() => undefined);
