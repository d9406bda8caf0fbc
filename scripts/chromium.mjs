// How every Upward tool starts Debian's Chromium: the E2E rig, the demo and the benchmarks.
// One list, so a flag that keeps the browser off the network cannot be forgotten in one of them.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless-safe, offline Chromium; with `extensionDirs` (one folder or several), those unpacked builds are loaded. */
export function chromiumArgs(extensionDirs) {
  const dirs = [extensionDirs ?? []].flat().join(',');
  return [
    ...(dirs ? [`--disable-extensions-except=${dirs}`, `--load-extension=${dirs}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // No DNS look-ups at all: the machine may have no internet, and Upward must not need it.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
}

/**
 * Closes the welcome tab Upward opens on install (the store was empty then): a script that
 * seeds its own data has no use for it, and a tab that is not on screen is drawn about once a
 * second, which would slow whatever it measures or shows.
 * @param {import('@playwright/test').BrowserContext} context
 */
export async function closeWelcome(context) {
  for (const tab of context.pages()) if (tab.url().endsWith('/welcome.html')) await tab.close();
}
