import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { minifyContentScriptsAgain } from './build/content-script';
import { buildAlone, inlineStyleSheets, PAGES_BUILT_ALONE } from './build/pages';
import { CALENDAR_MATCHES } from './lib/calendar/sites';

// The permissions are the product's privacy promise: tests/e2e/manifest.spec.ts
// fails the day one is added here without updating the allowed set.
export default defineConfig({
  // No WXT polyfill module: polyfillExtensionPages() below does its job for the bundles that need it.
  manifest: ({ browser }) => ({
    name: 'Upward',
    description: 'Walk into every 1:1 with your manager prepared. Private notes that never leave your machine.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: CALENDAR_MATCHES,
    // Wakes the background as a calendar page starts loading (entrypoints/calendar-wake.ts).
    // Each site's own calendar script is declared by its entrypoint, at document_end.
    content_scripts: [{ matches: CALENDAR_MATCHES, js: ['calendar-wake.js'], run_at: 'document_start' }],
    // The prep card is this page in an iframe on the calendar. Only it is web-accessible,
    // only to the calendar hosts, and (where supported) at a per-session URL that pages
    // cannot use to fingerprint the extension.
    web_accessible_resources: [
      {
        resources: ['prep.html'],
        matches: CALENDAR_MATCHES,
        ...(browser !== 'firefox' && { use_dynamic_url: true }),
      },
    ],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+U' },
        description: 'Open Upward quick notes',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox 140 (desktop) is the first to know data_collection_permissions, which
        // addons.mozilla.org requires, and is the ESR many companies still run; the Firefox
        // journeys run in it (npm run test:firefox). Firefox for Android learnt the key in 142.
        gecko: {
          id: 'upward@upward.invalid',
          strict_min_version: '140.0',
          // Upward collects nothing. (Typed loosely: WXT's manifest type predates this key.)
          data_collection_permissions: { required: ['none'] },
        } as Record<string, unknown>,
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({ plugins: [preact(), polyfillExtensionPages(), inlineStyleSheets(), minifyContentScriptsAgain()] }),
  hooks: {
    // The popup and the prep card load one script of their own (build/pages.ts).
    'entrypoints:grouped': (_wxt, groups) => buildAlone(groups),
  },
  // `npm run zip` also writes the sources zip addons.mozilla.org's review asks for: exactly
  // what rebuilds the Firefox package (README, "Store packages"), nothing else.
  zip: {
    includeSources: [
      'entrypoints/**',
      'components/**',
      'lib/**',
      'build/**',
      'public/**',
      'assets/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
    ],
  },
});

/**
 * `wxt/browser` is webextension-polyfill in the background, the options, history and welcome
 * pages, and the browser's own promise-based `browser`/`chrome` in the content scripts, the popup
 * and the prep card. The background needs it: its runtime.onMessage listeners answer by returning
 * a promise. (Without it, answering through sendResponse, the background started about 7 ms
 * sooner, but one card journey in three hung on Esc in Chromium: not worth it unexplained.) The
 * content scripts run in every calendar tab and must stay small (under 12 KB gzipped); the popup
 * and the card must open fast (build/pages.ts). What they use returns promises in Chrome and
 * Firefox MV3 (runtime.sendMessage, getURL, openOptionsPage; tabs.create, getCurrent,
 * sendMessage; storage), and their listeners answer with sendResponse or not at all. WXT builds
 * each content script and unlisted script on its own, from a `*.content.ts` or named entry, and
 * the popup and the card alone, which is how this tells the bundles apart.
 */
function polyfillExtensionPages(): Plugin {
  const native = new RegExp(
    `\\.content\\.tsx?|entrypoints/calendar-wake\\.ts|entrypoints/(${PAGES_BUILT_ALONE.join('|')})/`,
  );
  let polyfill = true;
  return {
    name: 'upward:polyfill-extension-pages',
    enforce: 'pre',
    config(config) {
      const lib = config.build?.lib;
      const entries = JSON.stringify([lib ? lib.entry : null, config.build?.rollupOptions?.input ?? null]);
      polyfill = !native.test(entries);
    },
    async resolveId(source, importer, options) {
      if (source !== 'wxt/browser' || !polyfill) return null;
      return this.resolve('@wxt-dev/webextension-polyfill/browser', importer, { ...options, skipSelf: true });
    },
  };
}
