import { defineConfig } from '@playwright/test';

// The Firefox journeys: Debian's firefox-esr (or FIREFOX_PATH) with the built extension,
// driven by puppeteer-core over WebDriver BiDi; Playwright Test is only the runner here.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Two browsers at a time: a Firefox journey spends much of its time waiting (for the
  // browser, for the background), and the reminder journey a minute for the clock. It is
  // queued first (its own project, listed first), so it waits beside the others.
  workers: 2,
  projects: [
    { name: 'clock', testMatch: 'reminders.spec.ts' },
    { name: 'journeys', testIgnore: 'reminders.spec.ts' },
  ],
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['./summary-reporter.ts']],
  outputDir: '../../test-results/firefox',
});
