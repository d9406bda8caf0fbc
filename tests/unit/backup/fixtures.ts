import { readFileSync } from 'node:fs';

/** A backup file from tests/fixtures/backup/, as text. */
export function backupFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/backup/${name}`, import.meta.url), 'utf8');
}

/**
 * The hand-written minimal file as a plain parsed object, for tables that
 * change one thing in it, often into a shape no type would allow.
 */
// biome-ignore lint/suspicious/noExplicitAny: tests edit the parsed file freely, wrong shapes included.
export type LooseFile = any;
export function minimalBackup(): LooseFile {
  return JSON.parse(backupFixture('minimal.json'));
}
