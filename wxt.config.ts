import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CALENDAR_MATCHES } from './lib/hosts';

// The permissions are the product's privacy promise: tests/e2e/manifest.spec.ts
// fails the day one is added here without updating the allowed set.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Upward',
    description: 'Walk into every 1:1 with your manager prepared. Private notes that never leave your machine.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: CALENDAR_MATCHES,
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
        gecko: {
          id: 'upward@upward.invalid',
          strict_min_version: '142.0',
          // Upward collects nothing. (Typed loosely: WXT's manifest type predates this key.)
          data_collection_permissions: { required: ['none'] },
        } as Record<string, unknown>,
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
