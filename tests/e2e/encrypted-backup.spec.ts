import { readFileSync } from 'node:fs';
import { expect, readStore, SAMPLE_PEOPLE, setUpPeople, test } from './extension';
import { importIntoSettings, inNewBrowser, openSettings } from './settings-backup';

/**
 * An encrypted backup in real Chromium: exported with a passphrase from settings, refused in a
 * fresh browser with a wrong passphrase (nothing imported), imported with the right one.
 */
const PASSPHRASE = 'a walk along the quiet canal';

test('encrypted round trip: a wrong passphrase imports nothing, the right one restores everyone', async ({
  context,
  extensionId,
  consoleErrors,
  outsideRequests,
}) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  const page = await openSettings(context, extensionId);
  await page.getByLabel('Encrypt with a passphrase').check();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Passphrase again').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export encrypted backup' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^upward-backup-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
  const sealed = readFileSync((await saved.path()) as string, 'utf8');
  expect(JSON.parse(sealed)).toMatchObject({ format: 'upward-backup-encrypted', kdf: { iterations: 600_000 } });
  for (const person of SAMPLE_PEOPLE) expect(sealed).not.toContain(person.name);

  await inNewBrowser(async ({ page: restore, worker }) => {
    await importIntoSettings(restore, saved.suggestedFilename(), sealed);
    const field = restore.getByLabel(`${saved.suggestedFilename()} is encrypted: its passphrase`);
    await field.fill('a walk along the noisy canal');
    await restore.getByRole('button', { name: 'Decrypt and import' }).click();
    await expect(restore.getByRole('alert')).toContainText('The passphrase is not the one this backup was made with');
    expect(await readStore(worker, 'people')).toEqual([]);
    await field.fill(PASSPHRASE);
    await restore.getByRole('button', { name: 'Decrypt and import' }).click();
    await expect(restore.getByRole('status').filter({ hasText: 'Imported 3 people' })).toBeVisible();
    const names = (await readStore<{ name: string }>(worker, 'people')).map((person) => person.name).sort();
    expect(names).toEqual(SAMPLE_PEOPLE.map((person) => person.name).sort());
  });
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
});
