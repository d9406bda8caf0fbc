import { defineConfig } from '@playwright/test';

// Real Chromium from Debian (/usr/bin/chromium), the built extension loaded
// unpacked, pages routed to fixtures: no network, no downloaded browsers.
export default defineConfig({
  testDir: 'tests/e2e',
  // One browser at a time: the machine has two cores and each test launches its own profile.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
