import { describe, expect, test } from 'vitest';
import { exportBackupJson, importBackupJson } from '../../../lib/backup';
import { dumpStore, seedStore, wipe } from './seed';

const NOW = Date.UTC(2026, 2, 10, 9, 30);

describe('export → wipe → import', () => {
  test('gives back the same bytes, and the same records', async () => {
    await seedStore();
    const before = await exportBackupJson(NOW);
    const storeBefore = await dumpStore();
    await wipe();
    const outcome = await importBackupJson(before);
    expect(outcome).toMatchObject({ ok: true });
    expect(await exportBackupJson(NOW)).toBe(before);
    expect(await dumpStore()).toEqual(storeBefore);
  });
});
