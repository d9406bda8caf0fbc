import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../../scripts/firefox.mjs';
import { twins } from './chromium-twin';
import { named } from './dom';
import { readStore } from './extension';
import { expect, test } from './session';

test('installs and starts with no errors, with its calendar hosts granted; the popup and settings open', {
  tag: '@smoke',
  ...twins('the extension loads with no errors in its service worker', 'the toolbar popup and the settings page open'),
}, async ({ firefox }) => {
  const popup = await firefox.open('popup.html');
  // The background ran its install step: it seeded the default empathy checklist.
  await expect.poll(async () => (await readStore(popup, 'checklist')).length).toBe(5);
  // Firefox may leave an MV3 extension's host access ungranted; without it no content script runs.
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const granted = await popup.evaluate(() => browser.permissions.getAll());
  expect([...new Set(granted.origins)].sort()).toEqual([...manifest.host_permissions].sort());

  const box = await named(popup, 'Quick note', 'textbox');
  expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
  await named(popup, 'Set up', 'button');

  const options = await firefox.open('options.html');
  await named(options, 'Upward settings', 'heading');
  await expect.poll(() => options.evaluate(() => document.body.innerText)).toContain('Nobody yet.');
});
