import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { type Firefox, launchFirefox } from '../../scripts/firefox.mjs';

/**
 * Playwright Test runs the Firefox journeys (its runner, its `expect`; Playwright's own
 * browser control is not used): each test gets a fresh profile with Upward installed in
 * real Firefox, and every browser it started is stopped when it ends.
 */

export interface Session {
  /** The browser on this test's profile (a new one after `restart()`). */
  firefox: Firefox;
  /** Quits the browser and starts it again on the same profile, as a user restarting it. */
  restart(): Promise<Firefox>;
  /** A second browser on a fresh profile of its own ("another computer"). */
  another(): Promise<Firefox>;
  /** Where this test's browsers save downloads. */
  downloadsDir: string;
}

interface Options {
  /** Firefox's default, Total Cookie Protection; `test.use({ cookieBehavior: 1 })` blocks all third-party storage. */
  cookieBehavior: 1 | 5;
  /** What pages see as `prefers-color-scheme`. */
  pageScheme: 'light' | 'dark';
}

export const test = base.extend<{ session: Session; firefox: Firefox } & Options>({
  cookieBehavior: [5, { option: true }],
  pageScheme: ['light', { option: true }],
  session: async ({ cookieBehavior, pageScheme }, use) => {
    const dirs: string[] = [];
    const tempDir = (prefix: string) => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    };
    const downloadsDir = tempDir('upward-ff-downloads-');
    const profileDir = tempDir('upward-ff-');
    const browsers: Firefox[] = [];
    const launch = async (profile: string) => {
      const firefox = await launchFirefox({
        profileDir: profile,
        downloadsDir,
        cookieBehavior,
        colorScheme: pageScheme,
      });
      browsers.push(firefox);
      return firefox;
    };
    try {
      const session: Session = {
        firefox: await launch(profileDir),
        async restart() {
          await session.firefox.close();
          session.firefox = await launch(profileDir);
          return session.firefox;
        },
        another: () => launch(tempDir('upward-ff-other-')),
        downloadsDir,
      };
      await use(session);
      // Like the Chromium suite's console check, for every test: Upward's code raised nothing.
      expect(browsers.flatMap((firefox) => firefox.errors)).toEqual([]);
    } finally {
      for (const firefox of browsers) await firefox.close();
      // A browser that just quit may still be writing its profile: retry a moment later.
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  },
  firefox: async ({ session }, use) => {
    await use(session.firefox);
  },
});

export { expect };
