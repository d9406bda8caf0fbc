import { describe, expect, test } from 'vitest';
import { BACKUP_VERSION, exportBackupJson, importBackupJson, importSummary } from '../../../lib/backup';
import { checklist, commitments, needs, people, questions, settings, watchChanges } from '../../../lib/db';
import type { StoreName } from '../../../lib/db/schema';
import { backupFixture, minimalBackup } from './fixtures';
import { dumpStore, seedStore } from './seed';

const NOW = Date.UTC(2026, 2, 10, 9, 30);

describe('good files import', () => {
  test.each([
    ['the hand-written minimal file', backupFixture('minimal.json'), { people: 1, needs: 2, questions: 2, notes: 1 }],
    [
      'the hand-written minimal version 2 file',
      backupFixture('minimal-v2.json'),
      { people: 1, needs: 2, commitments: 2 },
    ],
    ['a full version 1 export', backupFixture('v1-full.json'), { people: 3, needs: 4, commitments: 0 }],
    [`a full version ${BACKUP_VERSION} export`, backupFixture(`v${BACKUP_VERSION}-full.json`), { people: 3, needs: 4 }],
    ['a file saved with a byte-order mark', `\uFEFF${backupFixture('minimal.json')}`, { people: 1 }],
    ['a file with Windows line endings', backupFixture('minimal.json').replace(/\n/g, '\r\n'), { people: 1 }],
  ])('%s', async (_name, text, counts) => {
    const outcome = await importBackupJson(text, NOW);
    expect(outcome).toMatchObject({ ok: true, counts });
    expect(await people.count()).toBe(counts.people);
  });

  test('fields beyond the listed ones take their defaults', async () => {
    expect(await importBackupJson(backupFixture('minimal.json'), NOW)).toMatchObject({ ok: true });
    expect(await needs.forPerson('dana')).toEqual([
      expect.objectContaining({ id: 'need-1', order: 0, history: [{ status: 'open', at: NOW }], createdAt: NOW }),
      expect.objectContaining({ id: 'need-2', order: 1, history: [{ status: 'raised', at: NOW }], updatedAt: NOW }),
    ]);
    expect(await questions.get('q-1')).toMatchObject({ kind: 'mine', status: 'answered', answer: 'Fewer surprises' });
    expect(await checklist.ordered()).toEqual([
      { id: 'c-1', text: 'See the person, not the title', order: 0, enabled: true },
      { id: 'c-2', text: 'Listen fully', order: 1, enabled: true },
    ]);
    const dana = await people.get('dana');
    expect(dana).toMatchObject({ createdAt: NOW, updatedAt: NOW });
    expect(dana && 'about' in dana).toBe(false);
    expect(await settings.getMe()).toEqual({ name: 'Sam Patel', emails: ['sam@example.com'] });
  });

  test('a hand-written version 2 file: commitments land with only the listed fields, the rest defaulted', async () => {
    expect(await importBackupJson(backupFixture('minimal-v2.json'), NOW)).toMatchObject({ ok: true });
    expect(await commitments.forPerson('dana')).toEqual([
      {
        id: 'k-1',
        personId: 'dana',
        text: 'Send the design doc',
        owner: 'me',
        status: 'open',
        due: '2026-03-13',
        meetingId: 'google:abc',
        createdAt: NOW,
        updatedAt: NOW,
      },
      expect.objectContaining({ id: 'k-2', owner: 'them', status: 'done', createdAt: NOW }),
    ]);
  });

  test('a version 1 file keeps every record as it was and has no commitments', async () => {
    const file = backupFixture('v1-full.json');
    expect(await importBackupJson(file, NOW)).toMatchObject({ ok: true, counts: { commitments: 0 } });
    const exported = JSON.parse(await exportBackupJson(NOW));
    const original = JSON.parse(file);
    for (const list of ['people', 'needs', 'questions', 'checklist', 'meetings', 'notes', 'series'])
      expect(exported[list], list).toEqual(original[list]);
    expect(exported.commitments).toEqual([]);
  });

  test(`the version ${BACKUP_VERSION} fixture re-exports to the same bytes (the format did not drift)`, async () => {
    const file = backupFixture(`v${BACKUP_VERSION}-full.json`);
    expect(await importBackupJson(file, NOW)).toMatchObject({ ok: true });
    expect(await exportBackupJson(NOW)).toBe(file);
  });

  test('importing the same file twice adds nothing the second time', async () => {
    const file = backupFixture('minimal.json');
    const first = await importBackupJson(file, NOW);
    const afterFirst = await dumpStore();
    const second = await importBackupJson(file, NOW);
    expect(second).toMatchObject({ ok: true, counts: first.ok && first.counts, kept: {} });
    expect(second.ok && second.undo).toEqual({ records: [] });
    expect(await dumpStore()).toEqual(afterFirst);
    expect(await needs.count()).toBe(2);
  });

  test('records match by id: a changed record replaces the stored one, others stay', async () => {
    await seedStore();
    const file = minimalBackup();
    file.people[0] = { ...file.people[0], id: 'p-dana', name: 'Dana R.' };
    file.needs = [];
    file.questions = [];
    file.meetings = [];
    file.notes = [];
    expect(await importBackupJson(JSON.stringify(file), NOW)).toMatchObject({ ok: true });
    expect((await people.get('p-dana'))?.name).toBe('Dana R.');
    expect(await people.count()).toBe(3);
    expect(await needs.count()).toBe(4);
  });

  test('each settings key in the file replaces that key; missing fields inside it take the defaults', async () => {
    // Chosen before the file was made (a key changed after it is kept: see merge.test.ts).
    const before = Date.parse(minimalBackup().exportedAt) - 1;
    await settings.set('appearance', 'dark', before);
    await settings.set('prep', { autoOpen: false, autoOpenMinutes: 30 }, before);
    const file = minimalBackup();
    file.settings = { reminders: { minutesBefore: 3 }, appearance: 'light' };
    expect(await importBackupJson(JSON.stringify(file), NOW)).toMatchObject({ ok: true, counts: { settings: 2 } });
    expect(await settings.get('appearance')).toBe('light');
    expect(await settings.get('prep')).toEqual({ autoOpen: false, autoOpenMinutes: 30 });
    expect(await settings.get('reminders')).toEqual({
      enabled: true,
      minutesBefore: 3,
      second: { kind: 'none' },
      quietHours: { enabled: false, start: '22:00', end: '07:00' },
    });
  });

  test("a file's checklist replaces a fresh install's built-in one; a file without items keeps it", async () => {
    await checklist.ensureDefaults();
    const file = minimalBackup();
    expect(await importBackupJson(JSON.stringify(file), NOW)).toMatchObject({ ok: true });
    expect((await checklist.ordered()).map((item) => item.id)).toEqual(['c-1', 'c-2']);
    file.checklist = [];
    expect(await importBackupJson(JSON.stringify(file), NOW)).toMatchObject({ ok: true });
    expect((await checklist.ordered()).map((item) => item.id)).toEqual(['c-1', 'c-2']);
  });

  test('records naming a person missing from the file and from Upward are kept, with a notice naming them', async () => {
    await people.put({
      id: 'stored',
      name: 'Lee',
      emails: [],
      aliases: [],
      relation: 'other',
      createdAt: 1,
      updatedAt: 1,
    });
    const file = minimalBackup();
    file.needs[1] = { ...file.needs[1], personId: 'stored' };
    file.questions[1] = { ...file.questions[1], personId: 'p-removed' };
    file.meetings[0] = { ...file.meetings[0], personId: null };
    const outcome = await importBackupJson(JSON.stringify(file), NOW);
    expect(outcome).toMatchObject({
      ok: true,
      notices: [{ path: 'questions.1.personId', message: expect.stringContaining('"p-removed"') }],
    });
    expect(outcome.ok && outcome.notices).toHaveLength(1);
    expect(await questions.get('q-2')).toMatchObject({ personId: 'p-removed' });
  });

  test('the change feed hears every store the import wrote, once it has committed', async () => {
    const heard = new Set<StoreName>();
    const all: StoreName[] = ['people', 'needs', 'questions', 'checklist', 'meetings', 'notes', 'settings', 'series'];
    const stop = watchChanges(all, (change) => heard.add(change.store));
    expect(await importBackupJson(backupFixture('minimal.json'), NOW)).toMatchObject({ ok: true });
    await expect.poll(() => heard.size).toBe(7);
    expect([...heard].sort()).toEqual(all.filter((store) => store !== 'series').sort());
    stop();
  });

  test('the summary says what came in, in words', () => {
    expect(importSummary({ people: 1, needs: 3, questions: 0, settings: 2, notes: 1 })).toBe(
      'Imported 1 person, 3 needs, 1 note and 2 settings.',
    );
    expect(importSummary({ people: 0 })).toMatch(/^Imported/);
  });
});
