/**
 * Waiting for something to be there, in helpers that need it back (assertions use
 * `expect.poll`). The limit only stops a stuck run; it is not what a test checks.
 */

export interface PollOptions {
  /** What is awaited, for the failure message. */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves with the first truthy answer of `ask`. */
export async function poll<T>(ask: () => Promise<T> | T, options: PollOptions): Promise<NonNullable<T>> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  let last: unknown;
  for (;;) {
    try {
      const answer = await ask();
      if (answer) return answer as NonNullable<T>;
      last = answer;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`Gave up waiting for ${options.what} (last seen: ${seen})`);
    }
    await sleep(options.intervalMs ?? 100);
  }
}
