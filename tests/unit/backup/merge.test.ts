import { describe, expect, test } from 'vitest';
import { BACKUP_LIMITS, exportBackupJson, importBackupJson, importSummary, undoImport } from '../../../lib/backup';
import { checklist, meetings, needs, people, questions, settings } from '../../../lib/db';
import type { Need, Person } from '../../../lib/model';
import { dumpStore } from './seed';

/**
 * Importing an older backup must never silently revert newer work: per record, the copy
 * changed last is kept (and the outcome says which), and the whole import can be undone.
 */

const T = Date.UTC(2026, 2, 1);
const HOUR = 60 * 60_000;

const dana: Person = {
  id: 'dana',
  name: 'Dana Reyes',
  emails: ['dana@example.com'],
  aliases: [],
  relation: 'manager',
  createdAt: T,
  updatedAt: T,
};
const need: Need = {
  id: 'need-1',
  personId: 'dana',
  text: 'Tell me when you are disappointed',
  status: 'open',
  order: 0,
  history: [{ status: 'open', at: T }],
  createdAt: T,
  updatedAt: T,
};

/** The backup made at T + 1 h: Dana with nothing about her yet, the need still open. */
async function olderBackup(): Promise<string> {
  await people.put(dana);
  await needs.put(need);
  const file = await exportBackupJson(T + HOUR);
  return file;
}

describe('an import keeps the newer copy of each record', () => {
  test('an older backup no longer turns a met need back to open or wipes "About them"', async () => {
    const file = await olderBackup();
    // Work done after the backup.
    await needs.setStatus(need.id, 'met', 'google:m1', T + 2 * HOUR);
    await people.setAbout(dana.id, 'pressures', 'Budget review', T + 2 * HOUR);

    const outcome = await importBackupJson(file, T + 3 * HOUR);
    expect(outcome).toMatchObject({ ok: true, kept: { needs: 1, people: 1 } });
    expect((await needs.get(need.id))?.status).toBe('met');
    expect((await people.get(dana.id))?.about?.pressures).toBe('Budget review');
    if (outcome.ok)
      expect(importSummary(outcome.counts, outcome.kept)).toMatch(/Kept your newer copy of 1 person and 1 need/);
  });

  test('a newer copy in the file replaces the stored one', async () => {
    await people.put(dana);
    await needs.put(need);
    const file = JSON.parse(await exportBackupJson(T + HOUR));
    file.needs[0] = { ...file.needs[0], status: 'raised', updatedAt: T + 2 * HOUR };
    const outcome = await importBackupJson(JSON.stringify(file), T + 3 * HOUR);
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.ok && outcome.kept).toEqual({});
    expect((await needs.get(need.id))?.status).toBe('raised');
  });

  test('a record without updatedAt counts as older than the stored one (its createdAt stands in)', async () => {
    await people.put({ ...dana, name: 'Dana Reyes-Kim', updatedAt: T + 2 * HOUR });
    const file = JSON.parse(await exportBackupJson(T + 3 * HOUR));
    file.people[0] = { ...file.people[0], name: 'Dana R.' };
    delete file.people[0].updatedAt;
    expect(await importBackupJson(JSON.stringify(file), T + 4 * HOUR)).toMatchObject({ ok: true, kept: { people: 1 } });
    expect((await people.get(dana.id))?.name).toBe('Dana Reyes-Kim');
  });

  test('a hand-fixed file (same times, different words) replaces what an earlier import stored', async () => {
    const file = JSON.parse(await olderBackup());
    file.needs[0].text = 'Tell me early when you are disappointed';
    expect(await importBackupJson(JSON.stringify(file), T + 2 * HOUR)).toMatchObject({ ok: true, kept: {} });
    expect((await needs.get(need.id))?.text).toBe('Tell me early when you are disappointed');
  });

  test('a setting changed after the backup was made is kept; one not changed since is restored', async () => {
    const file = JSON.parse(await olderBackup());
    file.settings.appearance = 'dark';
    file.settings.prep = { autoOpen: false, autoOpenMinutes: 5 };
    await settings.set('appearance', 'light', T + 2 * HOUR);
    const outcome = await importBackupJson(JSON.stringify(file), T + 3 * HOUR);
    expect(outcome).toMatchObject({ ok: true, kept: { settings: 1 } });
    expect(await settings.get('appearance')).toBe('light');
    expect(await settings.get('prep')).toEqual({ autoOpen: false, autoOpenMinutes: 5 });
  });

  test('a checklist edited after the backup was made is kept whole', async () => {
    const items = await checklist.restoreDefaults();
    const file = await olderBackup();
    await checklist.setText(items[0]?.id ?? '', 'Breathe first', T + 2 * HOUR);
    expect(await importBackupJson(file, T + 3 * HOUR)).toMatchObject({ ok: true, kept: { checklist: 1 } });
    expect((await checklist.ordered())[0]?.text).toBe('Breathe first');
  });
});

describe('the whole import can be undone in one step', () => {
  test('undo puts every record and setting back exactly as it was, and removes what was added', async () => {
    await people.put(dana);
    await settings.set('appearance', 'light', T);
    await checklist.restoreDefaults();
    const before = await dumpStore();
    const file = JSON.parse(await exportBackupJson(T + HOUR));
    file.people[0] = { ...file.people[0], name: 'Dana R.', updatedAt: T + 2 * HOUR };
    file.needs = [need];
    file.questions = [
      { id: 'q-1', personId: 'dana', text: 'What do you need from me?', status: 'open', createdAt: T, updatedAt: T },
    ];
    file.settings.appearance = 'dark';
    file.checklist = [{ id: 'c-1', text: 'Listen fully' }];
    const outcome = await importBackupJson(JSON.stringify(file), T + 3 * HOUR);
    if (!outcome.ok) throw new Error('import refused');
    expect((await people.get('dana'))?.name).toBe('Dana R.');

    expect(await undoImport(outcome.undo)).toEqual({ ok: true, restored: 6, left: 0 });
    expect(await dumpStore()).toEqual(before);
  });

  test('undo leaves alone what was changed after the import, and says so', async () => {
    await people.put(dana);
    const file = JSON.parse(await exportBackupJson(T + HOUR));
    file.needs = [need];
    file.people[0] = { ...file.people[0], name: 'Dana R.', updatedAt: T + 2 * HOUR };
    const outcome = await importBackupJson(JSON.stringify(file), T + 3 * HOUR);
    if (!outcome.ok) throw new Error('import refused');
    await needs.setStatus(need.id, 'raised', 'google:m1', T + 4 * HOUR);

    // Dana's name and your details (the file's `me`, new here) go back; the need changed since stays.
    expect(await undoImport(outcome.undo)).toEqual({ ok: true, restored: 2, left: 1 });
    expect((await people.get('dana'))?.name).toBe('Dana Reyes');
    expect((await needs.get(need.id))?.status).toBe('raised');
  });
});

describe('what the card saves, the backup takes back', () => {
  const over = 'x'.repeat(BACKUP_LIMITS.textChars + 1);
  test.each([
    ['a need', async () => needs.setText((await needs.add('dana', 'x')).id, over)],
    ['a new need', () => needs.add('dana', over)],
    ['a question', async () => questions.setText((await questions.add('dana', 'x')).id, over)],
    ['an answer', async () => questions.answer((await questions.add('dana', 'x')).id, over)],
    [
      'meeting notes',
      async () => {
        await meetings.put({
          id: 'm',
          seriesId: 's',
          title: 't',
          start: null,
          end: null,
          personId: 'dana',
          ticks: [],
          notes: '',
          updatedAt: 0,
        });
        return meetings.setNotes('m', over);
      },
    ],
    [
      'about them',
      async () => {
        await people.put(dana);
        return people.setAbout('dana', 'goals', over);
      },
    ],
  ])('%s longer than the backup takes is refused with a reason', async (_what, write) => {
    await expect(write()).rejects.toThrow(/too long/);
  });

  test('at the limit, your own export imports again', async () => {
    await people.put(dana);
    const at = 'y'.repeat(BACKUP_LIMITS.textChars);
    const added = await needs.add('dana', 'x');
    await needs.setText(added.id, at);
    await people.setAbout('dana', 'style', at);
    const file = await exportBackupJson(T);
    expect(await importBackupJson(file, T)).toMatchObject({ ok: true });
  });
});
