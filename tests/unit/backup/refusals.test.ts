import { describe, expect, test } from 'vitest';
import { BACKUP_LIMITS, describeProblem, exportBackupJson, importBackupJson } from '../../../lib/backup';
import { backupFixture, type LooseFile, minimalBackup } from './fixtures';
import { seedStore } from './seed';

const edit = (change: (file: LooseFile) => void) => {
  const file = minimalBackup();
  change(file);
  return JSON.stringify(file);
};
/** The hand-written version 2 file, with one change. */
const editV2 = (change: (file: LooseFile) => void) => {
  const file = JSON.parse(backupFixture('minimal-v2.json'));
  change(file);
  return JSON.stringify(file);
};
const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

/** [what is wrong, the file's text, the path named, words the message must hold] */
const REFUSALS: [string, string, string, RegExp][] = [
  [
    'an email that is a number',
    edit((f) => (f.people[0].emails = ['a@b.c', 5])),
    'people.0.emails.1',
    /should be text, not the number 5/,
  ],
  ['a need without a status', edit((f) => delete f.needs[1].status), 'needs.1.status', /is missing/],
  [
    'a list where an object belongs (found by fuzzing)',
    edit((f) => (f.settings.prep = [])),
    'settings.prep',
    /should be an object \{ … \}, not a list/,
  ],
  ['a misspelt field', edit((f) => (f.people[0].nmae = 'x')), 'people.0.nmae', /not a field Upward knows/],
  [
    'a need status that does not exist',
    edit((f) => (f.needs[0].status = 'done')),
    'needs.0.status',
    /one of "open", "raised", "met", "dropped", not text \u2066"done"\u2069/,
  ],
  [
    'a question status that does not exist',
    edit((f) => (f.questions[0].status = 'open ')),
    'questions.0.status',
    /one of "open", "asked", "answered"/,
  ],
  [
    'a relation that does not exist',
    edit((f) => (f.people[0].relation = 'boss')),
    'people.0.relation',
    /one of "manager", "skip-level", "mentor", "other"/,
  ],
  [
    'a note longer than the text limit',
    edit((f) => (f.notes[0].text = 'x'.repeat(BACKUP_LIMITS.textChars + 1))),
    'notes.0.text',
    /too long: 1000001 characters, at most 1000000/,
  ],
  [
    'an id that is far too long',
    edit((f) => (f.people[0].id = 'x'.repeat(BACKUP_LIMITS.idChars + 1))),
    'people.0.id',
    /too long for an id/,
  ],
  ['an empty id', edit((f) => (f.notes[0].id = '')), 'notes.0.id', /must not be empty/],
  [
    'a commitment owed by someone else',
    editV2((f) => (f.commitments[0].owner = 'boss')),
    'commitments.0.owner',
    /one of "me", "them"/,
  ],
  [
    'a commitment status that does not exist',
    editV2((f) => (f.commitments[1].status = 'closed')),
    'commitments.1.status',
    /one of "open", "done", "dropped"/,
  ],
  ['a commitment without an owner', editV2((f) => delete f.commitments[0].owner), 'commitments.0.owner', /missing/],
  ['a due date with a time', editV2((f) => (f.commitments[0].due = '2026-03-13T10:00')), 'commitments.0.due', /date/],
  ['a mood of 7', editV2((f) => (f.meetings[0].mood = 7)), 'meetings.0.mood', /one of 1, 2, 3, 4, 5|1/],
  [
    'commitments in a version 1 file (version 1 had none)',
    edit((f) => (f.commitments = [])),
    'commitments',
    /not a field Upward knows/,
  ],
  [
    'two commitments with one id',
    editV2((f) => (f.commitments[1].id = f.commitments[0].id)),
    'commitments.1.id',
    /repeats the id of commitments.0/,
  ],
  [
    'a meeting start that is not a date',
    edit((f) => (f.meetings[0].start = 'tomorrow 3pm')),
    'meetings.0.start',
    /like 2026-03-10T15:00/,
  ],
  [
    'quiet hours ending at 25:00',
    edit((f) => (f.settings.reminders = { quietHours: { end: '25:00' } })),
    'settings.reminders.quietHours.end',
    /time of day/,
  ],
  [
    'a second reminder of an unknown kind',
    edit((f) => (f.settings.reminders = { second: { kind: 'weekly' } })),
    'settings.reminders.second.kind',
    /one of "none", "minutes-before", "evening-before"/,
  ],
  [
    'a negative lead time',
    edit((f) => (f.settings.prep = { autoOpenMinutes: -5 })),
    'settings.prep.autoOpenMinutes',
    /not be negative/,
  ],
  [
    'an appearance that does not exist',
    edit((f) => (f.settings.appearance = 'blue')),
    'settings.appearance',
    /one of "system", "light", "dark"/,
  ],
  ['a setting Upward does not have', edit((f) => (f.settings.theme = 'dark')), 'settings.theme', /not a field/],
  ['a list name in the wrong case', edit((f) => (f.People = f.people)), 'People', /not a field/],
  [
    'people that are not a list',
    edit((f) => ((f as Record<string, unknown>).people = { 0: {} })),
    'people',
    /should be a list/,
  ],
  ['a missing list', edit((f) => delete (f as Record<string, unknown>).notes), 'notes', /is missing/],
  [
    'too many checklist items',
    edit((f) => (f.checklist = Array.from({ length: 1001 }, (_, i) => ({ id: `c${i}`, text: 'x' })))),
    'checklist',
    /too many items: 1001, at most 1000/,
  ],
  [
    'two people with one id',
    edit((f) => f.people.push({ ...f.people[0], name: 'Other' })),
    'people.1.id',
    /repeats the id of people.0/,
  ],
  [
    'a "__proto__" field',
    edit((f) => Object.defineProperty(f.people[0], '__proto__', { value: { admin: true }, enumerable: true })),
    'people.0.__proto__',
    /not a field/,
  ],
  [
    'a "constructor" field',
    edit((f) => (f.needs[0].constructor = { prototype: { admin: true } })),
    'needs.0.constructor',
    /not a field/,
  ],
  ['a different format', edit((f) => (f.format = 'other-app')), 'format', /not an Upward backup/],
  ['no format', edit((f) => delete f.format), 'format', /missing/],
  ['no version', edit((f) => delete f.version), 'version', /missing/],
  ['a version in quotes', edit((f) => (f.version = '1')), 'version', /whole number/],
  ['version 0', edit((f) => (f.version = 0)), 'version', /whole number/],
  [
    'a newer version',
    edit((f) => (f.version = 3)),
    'version',
    /newer Upward \(format version 3\).*up to 2.*Update Upward/,
  ],
  ['a much newer version', edit((f) => (f.version = 99)), 'version', /newer Upward/],
  ['a list instead of a backup', '[1, 2]', '', /not an Upward backup/],
  ['plain text in quotes', '"hello"', '', /not an Upward backup/],
  ['null', 'null', '', /not an Upward backup/],
  ['an empty file', '', '', /The file is empty/],
  ['only spaces', '  \n\t ', '', /The file is empty/],
  ['a trailing comma', '{\n  "format": "upward-backup",\n}', '', /not valid JSON: the problem is at line 3, column 1/],
  ['a file cut off while saving', edit(() => {}).slice(0, 300), '', /ends too soon \(line 1, column 301\).*cut off/],
  ['a file cut off inside a text', '{"format": "upward-ba', '', /ends too soon/],
  [
    'brackets nested 100,000 deep',
    `{"format":"upward-backup","version":1,"people":${deep(100_000)}}`,
    '',
    /more than 32 deep \(line 1, column 79\)/,
  ],
  ['a little too deep', `{"people":${deep(32)}}`, '', /more than 32 deep/],
];

describe('refusals', () => {
  const rows = REFUSALS.map(([name, text, path, message]) => ({ name, text, path, message }));
  test.each(rows)('$name: names "$path" and changes nothing', async ({ text, path, message }) => {
    await seedStore();
    const before = await exportBackupJson(0);
    const outcome = await importBackupJson(text);
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    const problem = problems.find((p) => p.path === path);
    expect(problem, `no problem named "${path}" in ${JSON.stringify(problems)}`).toBeDefined();
    expect(problem?.message).toMatch(message);
    expect(await exportBackupJson(0)).toBe(before);
  });

  test('every problem is listed, each with its own path', async () => {
    const text = edit((f) => {
      f.people[0].emails = ['ok', 7];
      f.needs[0].status = 'done';
      delete f.notes[0].text;
      f.meetings[0].ticks = 'c-1';
    });
    const outcome = await importBackupJson(text);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.path)).toEqual([
      'people.0.emails.1',
      'needs.0.status',
      'meetings.0.ticks',
      'notes.0.text',
    ]);
  });

  test('a problem reads as one line: path, then message', () => {
    expect(describeProblem({ path: 'people.0.emails.1', message: 'is missing' })).toBe('people.0.emails.1: is missing');
    expect(describeProblem({ path: '', message: 'The file is empty.' })).toBe('The file is empty.');
  });

  test('a file with very many problems lists the first hundred and counts the rest', async () => {
    const text = edit((f) => (f.notes = Array.from({ length: 150 }, (_, i) => ({ id: `n${i}`, text: i })))),
      outcome = await importBackupJson(text);
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems;
    expect(problems).toHaveLength(101);
    expect(problems[100]).toEqual({ path: '', message: '…and 50 more problems.' });
  });

  test('text from the file in a message is short, quoted and isolated from right-to-left reordering', async () => {
    const outcome = await importBackupJson(edit((f) => (f.needs[0].status = `פתוח${'!'.repeat(100)}`)));
    const message = outcome.ok ? '' : (outcome.problems[0]?.message ?? '');
    expect(message).toContain('\u2066"פתוח!!!');
    expect(message).toContain('…"\u2069');
    expect(message.length).toBeLessThan(200);
  });

  test('"__proto__" and "constructor" in a file never reach any prototype', async () => {
    const hostile = `{"format":"upward-backup","version":1,"__proto__":{"polluted":1},"settings":{"__proto__":{"polluted":2},"me":{"name":"x","emails":[],"constructor":{"prototype":{"polluted":3}}}},"people":[{"__proto__":{"polluted":4}}],"needs":[],"questions":[],"checklist":[],"meetings":[],"notes":[]}`;
    const outcome = await importBackupJson(hostile);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['__proto__', 'settings.__proto__', 'settings.me.constructor', 'people.0.__proto__']),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
