// What the benchmark scripts put on a page's window to read back (bench-detect, bench-popup,
// bench-prep, bench-worker);
// the detection bench's own API is typed where it is built, tests/bench/detect-entry.ts.
export {};

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: a batch's running state, shaped by bench-detect.
    benchBatch?: any;
    // biome-ignore lint/suspicious/noExplicitAny: generated pages, shaped by tests/bench/google-pages.mjs.
    upwardBenchPages?: any;
    __shownAt?: number;
    __heading?: string;
    __loadedAt?: number;
    __startAt?: number;
    __pageFrameAt?: number;
    __bareAddedAt?: number;
    __readyAt?: number;
    __readyWhen?: () => boolean;
    __expectBadges?: number;
    __firstBadgeAt?: number;
    __allBadgesAt?: number;
    __upwardKeys?: number[];
  }
}
