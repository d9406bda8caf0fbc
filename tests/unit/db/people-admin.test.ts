import { describe, expect, test } from 'vitest';
import { commitments, meetings, needs, notes, people, questions, series } from '../../../lib/db';
import {
  dataOf,
  isEmail,
  removePerson,
  restorePerson,
  totalOf,
  updatePerson,
  validatePerson,
} from '../../../lib/db/people-admin';
import type { Me, Person } from '../../../lib/model';
import { DANA } from '../../support/records';

const me: Me = { name: 'Sam Patel', emails: ['sam@example.com'] };
const draft = (over: Partial<Parameters<typeof validatePerson>[0]> = {}) => ({
  name: 'Lee Okafor',
  emails: ['lee@example.com'],
  aliases: [],
  relation: 'skip-level' as const,
  ...over,
});

describe('validating a person', () => {
  const dana: Person = { ...DANA, id: 'p-dana', aliases: [], createdAt: 0, updatedAt: 0 };

  test('a good draft has no problems', () => {
    expect(validatePerson(draft(), [dana], me)).toEqual({});
    expect(validatePerson(draft({ emails: [] }), [dana], me)).toEqual({});
  });

  test.each([
    ['empty name', draft({ name: '' }), 'name', /name/],
    ['whitespace name', draft({ name: ' \t ' }), 'name', /name/],
    ['a name of 100 KB', draft({ name: 'x'.repeat(100_000) }), 'name', /too long/],
    ['same name, other case', draft({ name: 'dana reyes' }), 'name', /already have Dana Reyes/],
    ['not an email', draft({ emails: ['lee.example.com'] }), 'emails', /Not an email address: lee.example.com/],
    ['an email with a space', draft({ emails: ['lee @example.com'] }), 'emails', /Not an email/],
    ['the same email twice', draft({ emails: ['a@x.io', 'A@x.io'] }), 'emails', /Listed twice: a@x.io/],
    ["someone else's email", draft({ emails: ['Dana@Example.com'] }), 'emails', /already belongs to Dana Reyes/],
    ['your own email', draft({ emails: ['sam@example.com'] }), 'emails', /your own address/],
  ])('%s', (_name, input, field, message) => {
    const problems = validatePerson(input, [dana], me);
    expect(problems[field as 'name' | 'emails']).toMatch(message);
  });

  test('editing a person does not clash with themself', () => {
    expect(validatePerson(draft({ name: 'Dana Reyes', emails: ['dana@example.com'] }), [dana], me, dana.id)).toEqual(
      {},
    );
  });

  test.each(['a@b.co', 'dana.reyes+1on1@corp.example.com', 'ü@例え.jp'])('%s is an email', (email) => {
    expect(isEmail(email)).toBe(true);
  });
});

describe('updating a person', () => {
  test('saves the new details, cleaned', async () => {
    const lee = await people.add({ name: 'Lee', relation: 'other' });
    await updatePerson(lee.id, {
      name: '  Lee   Okafor ',
      emails: ['LEE@example.com', 'lee@example.com'],
      aliases: ['  LO ', ''],
      relation: 'skip-level',
    });
    expect(await people.get(lee.id)).toMatchObject({
      name: 'Lee Okafor',
      emails: ['lee@example.com'],
      aliases: ['LO'],
      relation: 'skip-level',
      createdAt: lee.createdAt,
    });
  });
});

describe('removing a person with data', () => {
  async function danaWithData() {
    const dana = await people.add({ name: 'Dana Reyes', emails: ['dana@example.com'], relation: 'manager' });
    const other = await people.add({ name: 'Lee Okafor', relation: 'skip-level' });
    await needs.add(dana.id, 'Tell me when you are disappointed');
    await needs.add(other.id, 'Lee need');
    await questions.add(dana.id, 'What keeps you up at night?');
    await notes.add({ text: 'She seemed tired', personId: dana.id });
    await notes.add({ text: 'Unfiled' });
    const meeting = {
      id: 'google:m1',
      seriesId: 'google:m',
      title: 'Dana / Sam',
      start: null,
      end: null,
      personId: dana.id,
      ticks: [],
      notes: 'Roadmap',
      updatedAt: 1,
    };
    await meetings.put(meeting);
    await notes.add({ text: 'Filed under the meeting', meetingId: meeting.id });
    await commitments.add({ personId: dana.id, text: 'Send the doc', owner: 'me', meetingId: meeting.id });
    await commitments.add({ personId: other.id, text: 'Lee promised', owner: 'them' });
    await series.confirm('google:m', 'Dana / Sam', dana.id);
    await series.setOverride('google:never', 'Team sync', 'never');
    await series.setOverride('google:always', 'Catch-up', 'always', dana.id);
    return { dana, other };
  }

  const snapshot = async () => ({
    people: await people.all(),
    needs: await needs.all(),
    questions: await questions.all(),
    notes: (await notes.all()).sort((a, b) => a.id.localeCompare(b.id)),
    meetings: await meetings.all(),
    series: await series.all(),
    commitments: (await commitments.all()).sort((a, b) => a.id.localeCompare(b.id)),
  });

  test('counts what would go', async () => {
    const { dana } = await danaWithData();
    const data = await dataOf(dana.id);
    expect(data).toEqual({ needs: 1, questions: 1, notes: 1, meetings: 1, commitments: 1 });
    expect(totalOf(data)).toBe(5);
  });

  test('takes their needs, questions, notes, meetings and series links, and nobody else’s', async () => {
    const { dana, other } = await danaWithData();
    const removed = await removePerson(dana.id);
    expect(removed?.notes.map((note) => note.text).sort()).toEqual(['Filed under the meeting', 'She seemed tired']);
    expect((await people.all()).map((p) => p.id)).toEqual([other.id]);
    expect((await needs.all()).map((n) => n.text)).toEqual(['Lee need']);
    expect(await questions.count()).toBe(0);
    expect((await notes.all()).map((n) => n.text)).toEqual(['Unfiled']);
    expect(await meetings.count()).toBe(0);
    expect((await commitments.all()).map((c) => c.text)).toEqual(['Lee promised']);
    // A "never" stays; the confirmation and the "always with Dana" go.
    expect((await series.all()).map((record) => record.seriesId)).toEqual(['google:never']);
  });

  test('undo puts back everything exactly as it was', async () => {
    const { dana } = await danaWithData();
    const before = await snapshot();
    const removed = await removePerson(dana.id);
    if (!removed) throw new Error('nothing removed');
    await restorePerson(removed);
    expect(await snapshot()).toEqual(before);
  });

  test('removing someone unknown changes nothing', async () => {
    await danaWithData();
    const before = await snapshot();
    expect(await removePerson('nobody')).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });
});
