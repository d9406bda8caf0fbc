import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { dependenciesAreCurrent } from '../../scripts/setup.mjs';

const LOCKED = {
  '': { name: 'upward' },
  'node_modules/idb': { version: '8.0.4' },
  'node_modules/@esbuild/darwin-arm64': { version: '0.28.2', optional: true },
};
const INSTALLED = { 'node_modules/idb': { version: '8.0.4' } };

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A checkout with a lockfile and, unless `installed` is null, node_modules as npm left it. */
function checkout(locked: object | string, installed: object | null, lockfileIsNewer: boolean): string {
  root = mkdtempSync(join(tmpdir(), 'upward-setup-'));
  const lock = join(root, 'package-lock.json');
  writeFileSync(lock, typeof locked === 'string' ? locked : JSON.stringify({ lockfileVersion: 3, packages: locked }));
  if (installed) {
    mkdirSync(join(root, 'node_modules'));
    const hidden = join(root, 'node_modules/.package-lock.json');
    writeFileSync(hidden, JSON.stringify({ lockfileVersion: 3, packages: installed }));
    const [older, newer] = lockfileIsNewer ? [hidden, lock] : [lock, hidden];
    utimesSync(older, new Date(1_000_000), new Date(1_000_000));
    utimesSync(newer, new Date(2_000_000), new Date(2_000_000));
  }
  return root;
}

describe('whether npm ci must run before anything else', () => {
  test.each([
    ['a fresh clone: no node_modules', LOCKED, null, false, false],
    ['installed after the lockfile was written', LOCKED, INSTALLED, false, true],
    ['the lockfile touched by a checkout, same versions', LOCKED, INSTALLED, true, true],
    [
      'the lockfile moved a package to another version',
      { ...LOCKED, 'node_modules/idb': { version: '8.0.5' } },
      INSTALLED,
      true,
      false,
    ],
    [
      'the lockfile added a package',
      { ...LOCKED, 'node_modules/minisearch': { version: '7.2.0' } },
      INSTALLED,
      true,
      false,
    ],
    ['the lockfile is not JSON (a merge left markers in it)', '<<<<<<< HEAD', INSTALLED, true, false],
  ])('%s', (_name, locked, installed, lockfileIsNewer, current) => {
    expect(dependenciesAreCurrent(checkout(locked, installed, lockfileIsNewer))).toBe(current);
  });

  test('once found current, it is not compared again (node_modules is marked newer)', () => {
    const dir = checkout(LOCKED, INSTALLED, true);
    expect(dependenciesAreCurrent(dir)).toBe(true);
    const hidden = statSync(join(dir, 'node_modules/.package-lock.json')).mtimeMs;
    expect(hidden).toBeGreaterThanOrEqual(statSync(join(dir, 'package-lock.json')).mtimeMs);
  });
});
