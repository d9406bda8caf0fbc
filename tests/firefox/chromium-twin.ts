/**
 * Names the Chromium E2E test(s) (tests/e2e/) that prove the same journey there, as test
 * annotations, so the report pairs each Firefox journey with its Chromium counterpart.
 */
export function twins(...chromiumTests: string[]) {
  return { annotation: chromiumTests.map((description) => ({ type: 'chromium', description })) };
}
