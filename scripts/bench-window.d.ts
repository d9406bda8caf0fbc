// What the benchmark scripts put on a page's window to read back (bench-detect, bench-prep);
// the detection bench's own API is typed where it is built, tests/bench/detect-entry.ts.
export {};

declare global {
  interface Window {
    // biome-ignore lint/suspicious/noExplicitAny: a batch's running state, shaped by bench-detect.
    benchBatch?: any;
    // biome-ignore lint/suspicious/noExplicitAny: generated pages, shaped by tests/bench/google-pages.mjs.
    upwardBenchPages?: any;
    __clickAt?: number;
    __shownAt?: number;
    __phases?: Record<string, number>;
    __upwardKeys?: number[];
  }
}
