import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { SAMPLE_PEOPLE } from '../support/people';
import { twins } from './chromium-twin';
import { click, named } from './dom';
import { setUpPeople } from './extension';
import { poll } from './poll';
import { expect, test } from './session';

/** Clicks Export backup and returns the downloaded file's text (Firefox saves it to the downloads folder). */
async function exportFromSettings(page: Page, downloadsDir: string): Promise<string> {
  await click(page, 'Export backup');
  const name = await poll(
    () => readdirSync(downloadsDir).find((file) => /^upward-backup-\d{4}-\d{2}-\d{2}\.json$/.test(file)),
    { what: 'the backup file in the downloads folder' },
  );
  const path = join(downloadsDir, name);
  // Firefox writes the file under its final name once the download completes.
  const text = await poll(() => readFileSync(path, 'utf8').trim() && readFileSync(path, 'utf8'), {
    what: 'the backup file to be written',
  });
  rmSync(path);
  return text;
}

/** The file without its export time: the only line that may differ between two exports. */
const withoutTime = (text: string) => text.replace(/\n {2}"exportedAt": "[^"]*",/, '');

test(
  'a backup exported in one browser imports into a fresh one and exports the same file',
  twins('export, then import into a fresh browser, gives back the same file'),
  async ({ session }) => {
    test.setTimeout(150_000); // Two browsers.
    const { firefox, downloadsDir } = session;
    await setUpPeople(firefox, SAMPLE_PEOPLE);
    const settings = await firefox.open('options.html');
    const exported = await exportFromSettings(settings, downloadsDir);
    const file = JSON.parse(exported);
    expect(file).toMatchObject({ format: 'upward-backup', settings: { me: { name: 'Sam Patel' } } });
    expect(file.people.map((person: { name: string }) => person.name).sort()).toEqual(
      SAMPLE_PEOPLE.map((person) => person.name).sort(),
    );

    // A second profile stands in for a new computer.
    const fresh = await session.another();
    const restore = await fresh.open('options.html');
    const input = await named(restore, 'Import backup');
    const upload = join(downloadsDir, 'to-import.json');
    writeFileSync(upload, exported);
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(upload);
    await expect
      .poll(() =>
        restore.evaluate(() => [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' ')),
      )
      .toContain('Imported');
    rmSync(upload);
    expect(withoutTime(await exportFromSettings(restore, downloadsDir))).toBe(withoutTime(exported));
  },
);
