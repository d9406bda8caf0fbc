import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backupDue, markExported } from '../../../lib/backup/nag';
import { needs, notes, settings } from '../../../lib/db';

/**
 * Local-only data dies with the browser profile. When there is work in no export and the last
 * export (or, never having exported, the first such work seen) is older than the setting's
 * days, the popup and settings say so.
 */
const DAY = 24 * 60 * 60_000;
const T = Date.UTC(2026, 2, 1, 9);

beforeEach(() => fakeBrowser.reset());

describe('is a backup due?', () => {
  test('an empty store needs no backup', async () => {
    expect(await backupDue(T)).toMatchObject({ due: false });
    expect(await backupDue(T + 100 * DAY)).toMatchObject({ due: false });
  });

  test('never exported: due 14 days after Upward first saw work that is in no backup', async () => {
    await notes.add({ text: 'Ask about the offsite' }, T);
    expect(await backupDue(T)).toMatchObject({ due: false });
    expect(await backupDue(T + 13 * DAY)).toMatchObject({ due: false });
    expect(await backupDue(T + 14 * DAY)).toMatchObject({ due: true, lastExportAt: null });
  });

  test('exported, then changed: due 14 days after that export; exported again: not due', async () => {
    const need = await needs.add('dana', 'Feedback', T);
    await markExported(T + DAY);
    expect(await backupDue(T + 20 * DAY)).toMatchObject({ due: false });
    await needs.setStatus(need.id, 'met', undefined, T + 2 * DAY);
    expect(await backupDue(T + 10 * DAY)).toMatchObject({ due: false });
    expect(await backupDue(T + 15 * DAY)).toMatchObject({ due: true, lastExportAt: T + DAY });
    await markExported(T + 15 * DAY);
    expect(await backupDue(T + 16 * DAY)).toMatchObject({ due: false });
  });

  test('the number of days is yours, and it can be turned off', async () => {
    await notes.add({ text: 'Ask about the offsite' }, T);
    await backupDue(T);
    await settings.set('backupReminder', { enabled: true, days: 3 });
    expect(await backupDue(T + 3 * DAY)).toMatchObject({ due: true });
    await settings.set('backupReminder', { enabled: false, days: 3 });
    expect(await backupDue(T + 30 * DAY)).toMatchObject({ due: false });
  });
});
