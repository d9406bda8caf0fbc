import { describe, expect, test } from 'vitest';
import { importBackupJson } from '../../../lib/backup';
import { people, settings } from '../../../lib/db';
import { validatePerson } from '../../../lib/db/people-admin';
import { PERSON_LIMITS } from '../../../lib/model';
import { classify } from '../../../lib/oneonone/classify';
import { nameIndex } from '../../../lib/oneonone/names';
import { loadRecognitionContext } from '../../../lib/recognition/context';
import { type LooseFile, minimalBackup } from '../backup/fixtures';
import { dana, event, everyone, me } from './cast';

/**
 * What a person record may cost the classifier. A 53 KB backup with one person and 3,000 aliases
 * froze the background for minutes: name forms were rebuilt for every event, de-duplicated
 * quadratically, and their regexes compiled on every call. Now forms are built once per change
 * of people, compiled once, and a person holds only as many names as a person could have.
 */

const aliases = (count: number) => Array.from({ length: count }, (_, n) => `Alias number ${n}`);

describe('a hostile backup cannot make recognition costly', () => {
  test('one person with 3,000 aliases is refused, naming the list and the limit', async () => {
    const file: LooseFile = minimalBackup();
    file.people[0].aliases = aliases(3000);
    const outcome = await importBackupJson(JSON.stringify(file));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toContainEqual({
      path: 'people.0.aliases',
      message: `has too many items: 3000, at most ${PERSON_LIMITS.aliases}`,
    });
    expect(await people.count()).toBe(0);
  });

  test.each([
    ['emails', (f: LooseFile) => (f.people[0].emails = aliases(PERSON_LIMITS.emails + 1).map((_, n) => `a${n}@x.io`))],
    ['name', (f: LooseFile) => (f.people[0].name = 'Dana '.repeat(PERSON_LIMITS.nameChars))],
    ['aliases.0', (f: LooseFile) => (f.people[0].aliases = ['DR '.repeat(PERSON_LIMITS.nameChars)])],
  ])('too many or too long: people.0.%s is refused', async (path, change) => {
    const file: LooseFile = minimalBackup();
    change(file);
    const outcome = await importBackupJson(JSON.stringify(file));
    expect(outcome.ok || outcome.problems.map((problem) => problem.path)).toContain(`people.0.${path}`);
  });

  test('your own name and emails have the same limits', async () => {
    const file: LooseFile = minimalBackup();
    file.settings.me = { name: 'Sam', emails: aliases(PERSON_LIMITS.emails + 1).map((_, n) => `s${n}@x.io`) };
    const outcome = await importBackupJson(JSON.stringify(file));
    expect(outcome.ok || outcome.problems.map((problem) => problem.path)).toContain('settings.me.emails');
  });
});

describe('settings have the same limits as the backup', () => {
  const draft = { name: 'Lee Okafor', emails: [] as string[], aliases: [] as string[], relation: 'manager' as const };
  test('more aliases than a person could have is refused', () => {
    expect(validatePerson({ ...draft, aliases: aliases(PERSON_LIMITS.aliases + 1) }, [], me).aliases).toMatch(
      new RegExp(`at most ${PERSON_LIMITS.aliases}`),
    );
    expect(validatePerson({ ...draft, aliases: aliases(PERSON_LIMITS.aliases) }, [], me).aliases).toBeUndefined();
  });
  test('an alias longer than a name is refused', () => {
    expect(validatePerson({ ...draft, aliases: ['x'.repeat(PERSON_LIMITS.nameChars + 1)] }, [], me).aliases).toMatch(
      /too long/,
    );
  });
  test('more emails than a person could have is refused', () => {
    const emails = aliases(PERSON_LIMITS.emails + 1).map((_, n) => `lee${n}@example.com`);
    expect(validatePerson({ ...draft, emails }, [], me).emails).toMatch(new RegExp(`at most ${PERSON_LIMITS.emails}`));
  });
});

describe('name forms are built once per change of people', () => {
  test('the background reuses them while people and you are unchanged, and rebuilds after a change', async () => {
    await settings.set('me', me);
    const added = await people.add({ name: 'Dana Reyes', aliases: ['DR'], relation: 'manager' });
    const first = await loadRecognitionContext();
    const again = await loadRecognitionContext();
    expect(again.names).toBe(first.names);
    await people.put({ ...added, aliases: ['DR', 'Boss'], updatedAt: added.updatedAt + 1 });
    const changed = await loadRecognitionContext();
    expect(changed.names).not.toBe(first.names);
    await settings.set('me', { ...me, name: 'Samuel Patel' });
    expect((await loadRecognitionContext()).names).not.toBe(changed.names);
  });

  test('a person stored with thousands of aliases (imported before the limit) costs only the first ones', () => {
    const hoarder = { ...dana, aliases: [...aliases(3000), 'The Last Alias'] };
    const names = nameIndex(me, [hoarder]);
    const verdict = classify({
      event: event({ title: '1:1 The Last Alias', organizer: 'Dana Reyes' }),
      guests: null,
      me,
      people: [hoarder],
      names,
      overrides: new Map(),
      confirmedSeries: new Map(),
    });
    expect(verdict.personId).toBeNull();
    expect(names.forms(hoarder.id).length).toBeLessThanOrEqual(PERSON_LIMITS.aliases + 4);
  });

  test('with the index and without it, every verdict is the same', () => {
    const names = nameIndex(me, everyone);
    for (const title of ['Dana / Sam', 'DR 1:1', 'Sam <> Lee', 'Ana María catch-up', 'Dan / Sam', 'Team sync']) {
      const input = {
        event: event({ title }),
        guests: null,
        me,
        people: everyone,
        overrides: new Map(),
        confirmedSeries: new Map(),
      };
      expect(classify({ ...input, names }), title).toEqual(classify(input));
    }
  });
});
