import { describe, expect, test } from 'vitest';
import {
  decryptBackup,
  ENCRYPTION,
  encryptBackup,
  exportBackupJson,
  importBackupJson,
  isEncryptedBackup,
} from '../../../lib/backup';
import { people } from '../../../lib/db';
import type { LooseFile } from './fixtures';
import { dumpStore, seedStore, wipe } from './seed';

/**
 * An export can be sealed with a passphrase (PBKDF2-SHA-256, at least 600,000 iterations, then
 * AES-GCM). A wrong passphrase or a changed file is refused clearly, and nothing changes.
 */

const PASSPHRASE = 'correct horse battery staple';
const NOW = Date.UTC(2026, 2, 10, 9, 30);

describe('encrypted backup', () => {
  test('round trip: export → encrypt → wipe → decrypt → import gives back the same store', async () => {
    await seedStore();
    const before = await dumpStore();
    const plain = await exportBackupJson(NOW);
    const sealed = await encryptBackup(plain, PASSPHRASE);
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(isEncryptedBackup(plain)).toBe(false);
    // Nothing of the contents shows through (base64 has no spaces: these cannot appear by chance).
    for (const plainText of ['Dana Reyes', 'Budget review', '"needs"']) expect(sealed).not.toContain(plainText);
    const envelope = JSON.parse(sealed);
    expect(envelope).toMatchObject({
      format: 'upward-backup-encrypted',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ENCRYPTION.iterations },
      cipher: { name: 'AES-GCM' },
    });
    expect(ENCRYPTION.iterations).toBeGreaterThanOrEqual(600_000);

    await wipe();
    const opened = await decryptBackup(sealed, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.problems[0]?.message);
    expect(opened.value).toBe(plain);
    expect(await importBackupJson(opened.value, NOW)).toMatchObject({ ok: true });
    expect(await dumpStore()).toEqual(before);
  });

  test('two exports of the same store never share salt, nonce or ciphertext', async () => {
    const a = JSON.parse(await encryptBackup('{"x":1}', PASSPHRASE));
    const b = JSON.parse(await encryptBackup('{"x":1}', PASSPHRASE));
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.cipher.iv).not.toBe(b.cipher.iv);
    expect(a.data).not.toBe(b.data);
  });

  test('a wrong passphrase is refused with a clear message', async () => {
    const sealed = await encryptBackup('{"format":"upward-backup"}', PASSPHRASE);
    const opened = await decryptBackup(sealed, 'correct horse battery stapler');
    expect(opened).toEqual({
      ok: false,
      problems: [{ path: '', message: expect.stringMatching(/passphrase is not the one.*or the file was changed/) }],
    });
  });

  const tamper = (sealed: string, change: (envelope: LooseFile) => void) => {
    const envelope = JSON.parse(sealed);
    change(envelope);
    return JSON.stringify(envelope);
  };
  const flip = (base64: string) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 1;
    return btoa(String.fromCharCode(...bytes));
  };

  test.each<[string, (envelope: LooseFile) => void, RegExp]>([
    ['one bit of the contents flipped', (e) => (e.data = flip(e.data)), /changed/],
    ['the nonce changed', (e) => (e.cipher.iv = flip(e.cipher.iv)), /changed/],
    ['the salt changed', (e) => (e.kdf.salt = flip(e.kdf.salt)), /changed/],
    ['too few iterations (a weakened file)', (e) => (e.kdf.iterations = 1000), /kdf\.iterations/],
    ['so many iterations that opening it would freeze the page', (e) => (e.kdf.iterations = 2e9), /kdf\.iterations/],
    ['another cipher', (e) => (e.cipher.name = 'AES-CBC'), /cipher\.name/],
    ['a newer envelope version', (e) => (e.version = 2), /version/],
  ])('%s: refused, and nothing is imported', async (_what, change, message) => {
    const sealed = await encryptBackup('{"format":"upward-backup"}', PASSPHRASE);
    const opened = await decryptBackup(tamper(sealed, change), PASSPHRASE);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.problems.map((p) => `${p.path} ${p.message}`).join('\n')).toMatch(message);
    expect(await people.count()).toBe(0);
  });

  test('an encrypted file given to the plain import says it needs its passphrase', async () => {
    const sealed = await encryptBackup('{"format":"upward-backup"}', PASSPHRASE);
    const outcome = await importBackupJson(sealed, NOW);
    expect(outcome).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/passphrase/) }] });
  });
});
