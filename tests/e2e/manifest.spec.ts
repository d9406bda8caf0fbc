import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { CALENDAR_MATCHES, SITE_IDS, siteMatches } from '../../lib/calendar/sites';

// The privacy promise, checked on the built artefacts. If this fails, someone
// widened what Upward may touch: justify it in the README and here, or undo it.
const ALLOWED_PERMISSIONS = ['alarms', 'notifications', 'storage'];
const ALLOWED_HOSTS = [
  'https://calendar.google.com/*',
  'https://outlook.cloud.microsoft/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

const WAKE_SCRIPT = 'calendar-wake.js';

const builds = [
  ['chrome-mv3', '.output/chrome-mv3/manifest.json'],
  ['firefox-mv3', '.output/firefox-mv3/manifest.json'],
] as const;

for (const [name, path] of builds) {
  test.describe(`${name} manifest`, () => {
    const manifest = JSON.parse(readFileSync(path, 'utf8'));

    test('asks for exactly the allowed permissions and hosts', () => {
      expect([...manifest.permissions].sort()).toEqual(ALLOWED_PERMISSIONS);
      expect([...manifest.host_permissions].sort()).toEqual(ALLOWED_HOSTS);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
      expect([...CALENDAR_MATCHES].sort()).toEqual(ALLOWED_HOSTS);
    });

    test('content scripts run only on the calendar hosts', () => {
      for (const script of manifest.content_scripts ?? []) {
        for (const match of script.matches) expect(ALLOWED_HOSTS).toContain(match);
      }
    });

    test('each calendar site has one content script of its own, on its own hosts only', () => {
      const scripts: Array<{ js: string[]; matches: string[] }> = (manifest.content_scripts ?? []).filter(
        (script: { js: string[] }) => !script.js.includes(WAKE_SCRIPT),
      );
      expect(scripts).toHaveLength(SITE_IDS.length);
      for (const site of SITE_IDS) {
        const own = scripts.filter((script) => script.js.includes(`content-scripts/${site}.js`));
        expect(
          own.map((script) => [...script.matches].sort()),
          site,
        ).toEqual([siteMatches(site).sort()]);
      }
    });

    // Every calendar tab loads its site's script: small, and never the store (IndexedDB from a
    // content script would be the calendar site's own storage).
    test('each content script stays under 12 KB gzipped and never opens IndexedDB', () => {
      for (const site of SITE_IDS) {
        const code = readFileSync(path.replace('manifest.json', `content-scripts/${site}.js`));
        expect(gzipSync(code, { level: 9 }).length, `${site}.js gzipped bytes`).toBeLessThan(12 * 1024);
        expect(code.toString('utf8'), site).not.toContain('indexedDB');
      }
    });

    // Injected before the page is parsed, it holds the parsing up while it loads: it only wakes
    // the background, and must stay that small.
    test('the one script that runs as a calendar page starts loading is tiny and only wakes the background', () => {
      const early = (manifest.content_scripts ?? []).filter(
        (script: { run_at?: string }) => script.run_at === 'document_start',
      );
      expect(early).toEqual([{ matches: CALENDAR_MATCHES, js: [WAKE_SCRIPT], run_at: 'document_start' }]);
      const code = readFileSync(path.replace('manifest.json', WAKE_SCRIPT), 'utf8');
      expect(code.length).toBeLessThan(2048);
      expect(code).not.toContain('indexedDB');
      expect(code.match(/sendMessage/g)).toHaveLength(1);
    });

    test('nothing opens the extension to the web or loosens its security policy', () => {
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.content_security_policy).toBeUndefined();
      for (const entry of manifest.web_accessible_resources ?? []) {
        for (const match of entry.matches ?? []) expect(ALLOWED_HOSTS).toContain(match);
      }
    });

    // WXT turns an entrypoint named `history`, `newtab` or `bookmarks` into a replacement for the
    // browser's own page: Upward's 1:1 history once took over Ctrl+H and the browser's history.
    test("replaces none of the browser's own pages (history, new tab, bookmarks)", () => {
      expect(manifest.chrome_url_overrides).toBeUndefined();
      expect(manifest.chrome_settings_overrides).toBeUndefined();
    });

    test('names itself Upward with icons', () => {
      expect(manifest.name).toBe('Upward');
      expect(manifest.description.length).toBeGreaterThan(10);
      expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '48', '128']));
    });
  });
}

test('Firefox build says it collects nothing, has a gecko id, and the minimum versions that know that key', () => {
  const manifest = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
  expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
  expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  // data_collection_permissions exists from Firefox 140 on desktop and 142 on Android.
  expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
  expect(manifest.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
});

test('Chrome build carries no Firefox-only keys', () => {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  expect(manifest.browser_specific_settings).toBeUndefined();
});
