// @ts-check
/**
 * Seeding Upward's store for E2E tests, the demo and the benchmarks: through the extension's
 * own import (Settings › Backup › Import backup), as a user restoring a backup would. So a
 * seed is checked like any backup (a malformed record fails the seed, with the reasons), the
 * store is written by the one code path that writes imports, and open pages hear of it.
 *
 * Records are typed from lib/model (JSDoc below): build them with tests/support/records.ts.
 */

/**
 * @typedef {object} Seed
 * @property {Partial<import('../../lib/db/schema').SettingsRecords>} [settings] keys given replace what is stored
 * @property {import('../../lib/model').Person[]} [people]
 * @property {import('../../lib/model').Need[]} [needs]
 * @property {import('../../lib/model').Question[]} [questions]
 * @property {import('../../lib/model').ChecklistItem[]} [checklist] given, replaces the checklist; absent, keeps it
 * @property {import('../../lib/model').Meeting[]} [meetings]
 * @property {import('../../lib/model').Note[]} [notes]
 * @property {import('../../lib/db/schema').SeriesRecord[]} [series]
 * @property {import('../../lib/model').Commitment[]} [commitments]
 */

/**
 * The seed as a backup file, format version 2 (every later Upward keeps importing it).
 * @param {Seed} seed
 */
export function backupFile(seed) {
  return JSON.stringify({
    format: 'upward-backup',
    version: 2,
    exportedAt: new Date(0).toISOString(),
    settings: seed.settings ?? {},
    people: seed.people ?? [],
    needs: seed.needs ?? [],
    questions: seed.questions ?? [],
    checklist: seed.checklist ?? [],
    meetings: seed.meetings ?? [],
    notes: seed.notes ?? [],
    series: seed.series ?? [],
    commitments: seed.commitments ?? [],
  });
}

/**
 * Imports the seed in a settings page of its own, once the extension has finished installing,
 * then closes the page. Rejects with the import's own list of problems when the seed is not a
 * valid backup.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} extensionId
 * @param {Seed} seed
 */
export async function seedThroughImport(context, extensionId, seed) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    // The extension has finished installing once its default checklist is there.
    await page
      .getByRole('list', { name: 'Checklist items' })
      .getByRole('listitem')
      .first()
      .waitFor({ timeout: 15_000 });
    const file = { name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(backupFile(seed), 'utf8') };
    await page.getByLabel('Import backup').setInputFiles(file);
    const outcome = page.locator('#backup .ok-note, #backup .problems').first();
    await outcome.waitFor({ timeout: 30_000 });
    if ((await outcome.getAttribute('class'))?.includes('problems'))
      throw new Error(`The seed is not a valid backup: ${await outcome.innerText()}`);
  } finally {
    await page.close();
  }
}
