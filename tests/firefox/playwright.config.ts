import { defineConfig } from '@playwright/test';

// The Firefox journeys: Debian's firefox-esr (or FIREFOX_PATH) with the built extension,
// driven by puppeteer-core over WebDriver BiDi; Playwright Test is only the runner here.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // One browser at a time, except the reminder, which mostly waits for the clock (see its file).
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['./summary-reporter.ts']],
  outputDir: '../../test-results/firefox',
});
