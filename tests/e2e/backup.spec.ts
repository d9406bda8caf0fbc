import { expect, readStore, SAMPLE_PEOPLE, setUpPeople, test } from './extension';
import { exportFromSettings, importIntoSettings, inNewBrowser, openSettings } from './settings-backup';

/**
 * Backup in real Chromium, through the settings page's controls: `Export backup`
 * (a download), the file input `Import backup`, an alert for a refused file and
 * a status saying "Imported". Real IndexedDB, real file reading, two profiles.
 */

/** The file without its export time: the only line that may differ between two exports. */
const withoutTime = (text: string) => text.replace(/\n {2}"exportedAt": "[^"]*",/, '');

test('export, then import into a fresh browser, gives back the same file', async ({
  context,
  extensionId,
  consoleErrors,
  outsideRequests,
}) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  const page = await openSettings(context, extensionId);
  const exported = await exportFromSettings(page);
  const file = JSON.parse(exported);
  expect(file).toMatchObject({ format: 'upward-backup', version: 2, settings: { me: { name: 'Sam Patel' } } });
  expect(file.people.map((person: { name: string }) => person.name).sort()).toEqual(
    SAMPLE_PEOPLE.map((person) => person.name).sort(),
  );

  // A second profile stands in for a new computer.
  await inNewBrowser(async ({ page: restore }) => {
    await importIntoSettings(restore, 'upward-backup.json', exported);
    await expect(restore.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    expect(withoutTime(await exportFromSettings(restore))).toBe(withoutTime(exported));
  });
  expect(consoleErrors).toEqual([]);
  expect(outsideRequests).toEqual([]);
});

test('a bad file is refused in an alert naming where, and changes nothing; a good one twice adds once', async ({
  context,
  extensionId,
  serviceWorker,
  consoleErrors,
}) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE.slice(0, 1));
  const page = await openSettings(context, extensionId);
  const file = JSON.parse(await exportFromSettings(page));
  const dana = file.people[0];
  const before = { people: await readStore(serviceWorker, 'people'), needs: await readStore(serviceWorker, 'needs') };

  const broken = structuredClone(file);
  broken.people[0].emails = [42];
  broken.needs = [{ id: 'need-1', personId: dana.id, text: 'Clarity on the promotion path', status: 'done' }];
  await importIntoSettings(page, 'broken.json', JSON.stringify(broken));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('people.0.emails.0');
  await expect(alert).toContainText('needs.0.status');
  await importIntoSettings(page, 'cut-off.json', JSON.stringify(file).slice(0, 200));
  await expect(page.getByRole('alert')).toContainText('cut off');
  await importIntoSettings(page, 'newer.json', JSON.stringify({ ...file, version: 3 }));
  await expect(page.getByRole('alert')).toContainText('newer Upward');
  expect(await readStore(serviceWorker, 'people')).toEqual(before.people);
  expect(await readStore(serviceWorker, 'needs')).toEqual(before.needs);

  const good = {
    ...file,
    needs: [{ id: 'need-1', personId: dana.id, text: 'Clarity on the promotion path 🧭', status: 'open' }],
  };
  for (const attempt of [1, 2]) {
    await importIntoSettings(page, `good-${attempt}.json`, JSON.stringify(good));
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  const needs = await readStore(serviceWorker, 'needs');
  expect(needs).toEqual([expect.objectContaining({ id: 'need-1', text: 'Clarity on the promotion path 🧭' })]);
  expect(consoleErrors).toEqual([]);
});
