// Screenshots of the settings page, light and dark, wide and at 200% zoom (for looking, not asserting).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from '../../scripts/chromium.mjs';

const out = process.argv[2] ?? '/tmp/settings-shots';
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'upward-shots-')), {
  executablePath: CHROMIUM,
  headless: true,
  args: chromiumArgs(resolve('.output/chrome-mv3')),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.setViewportSize({ width: 1100, height: 900 });
await page.goto(`chrome-extension://${id}/options.html`);
await page.screenshot({ path: `${out}/empty.png`, fullPage: true });
await page.getByLabel('Your name').fill('Sam Patel');
await page.getByLabel('Your email addresses (comma separated)').fill('sam@example.com');
await page.getByRole('button', { name: 'Save', exact: true }).click();
for (const [name, email, rel] of [
  ['Dana Reyes', 'dana@example.com', 'manager'],
  ['Lee Okafor', 'lee@example.com', 'skip-level'],
  ['نور الهدى', '', 'mentor'],
]) {
  await page.getByLabel('Their name').fill(name);
  await page.getByLabel('Their email addresses (comma separated)').fill(email);
  await page.getByLabel('They are your').selectOption(rel);
  await page.getByRole('button', { name: 'Add person' }).click();
  await page
    .getByRole('list', { name: 'People' })
    .getByText(name, { exact: true })
    .first()
    .waitFor({ timeout: 3000 })
    .catch(async (e) => {
      await page.screenshot({ path: `${out}/fail.png`, fullPage: true });
      throw e;
    });
}
await page.screenshot({ path: `${out}/light.png`, fullPage: true });
await page.getByLabel('Dark').check();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/dark.png`, fullPage: true });
await page.getByRole('button', { name: 'Edit Lee Okafor' }).click();
await page
  .getByRole('form', { name: 'Edit Lee Okafor' })
  .getByLabel('Email addresses (comma separated)')
  .fill('dana@example.com');
await page.getByRole('button', { name: 'Apply changes' }).click();
await page.getByRole('region', { name: 'Reminders' }).getByLabel('First reminder').fill('0');
await page.getByRole('region', { name: 'People' }).screenshot({ path: `${out}/edit-error.png` });
await page.getByRole('region', { name: 'Reminders' }).screenshot({ path: `${out}/reminder-error.png` });
await page.getByRole('button', { name: 'Cancel' }).click();
await page.evaluate(async () => {
  const personId = await new Promise((done) => {
    const open = indexedDB.open('upward');
    open.onsuccess = () => {
      const all = open.result.transaction('people').objectStore('people').getAll();
      all.onsuccess = () => {
        const dana = all.result.find((p) => p.name === 'Dana Reyes');
        const tx = open.result.transaction('needs', 'readwrite');
        tx.objectStore('needs').put({
          id: 'n1',
          personId: dana.id,
          text: 'x',
          status: 'open',
          order: 0,
          history: [],
          createdAt: 1,
          updatedAt: 1,
        });
        tx.oncomplete = () => done(dana.id);
      };
    };
  });
  return personId;
});
await page.getByRole('button', { name: 'Remove Dana Reyes' }).click();
await page.getByRole('region', { name: 'People' }).screenshot({ path: `${out}/confirm.png` });
await page.getByRole('button', { name: 'Remove Dana Reyes and their data' }).click();
await page.waitForTimeout(300);
await page.screenshot({ path: `${out}/removed.png` });
await page.setViewportSize({ width: 640, height: 900 });
await page.evaluate(() => {
  document.body.style.zoom = '2';
});
await page.screenshot({ path: `${out}/zoom200.png` });
await context.close();
