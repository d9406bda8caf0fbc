import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchWithExtension, serviceWorkerOf } from './extension';

/**
 * The settings page's backup controls, driven as a user would, and a second browser profile
 * that stands in for a new computer to restore into.
 */

export async function openSettings(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** `Export backup`: the downloaded file's text. */
export async function exportFromSettings(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await (await download).path();
  return readFileSync(file, 'utf8');
}

/** `Import backup`: picks a file holding `text`. */
export async function importIntoSettings(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Import backup')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** Runs `use` on the settings page of a fresh profile with the extension; closes and removes it after. */
export async function inNewBrowser(use: (restore: { page: Page; worker: Worker }) => Promise<void>): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'upward-e2e-restore-'));
  const fresh = await launchWithExtension(profile);
  try {
    const worker = await serviceWorkerOf(fresh);
    await use({ page: await openSettings(fresh, new URL(worker.url()).host), worker });
  } finally {
    await fresh.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
