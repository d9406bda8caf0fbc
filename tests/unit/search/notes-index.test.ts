import { describe, expect, test } from 'vitest';
import type { Need, Note, Person, Question } from '../../../lib/model';
import { contextHref, groupByPerson, NotesIndex } from '../../../lib/search/notes-index';
import { fold, snippet } from '../../../lib/search/text';

const need = (id: string, text: string, personId = 'dana', createdAt = 1): Need => ({
  id,
  personId,
  text,
  status: 'open',
  order: 0,
  history: [],
  createdAt,
  updatedAt: createdAt,
});
const note = (id: string, text: string, extra: Partial<Note> = {}): Note => ({ id, text, createdAt: 5, ...extra });
const dana: Person = {
  id: 'dana',
  name: 'Dana Reyes',
  emails: [],
  aliases: [],
  relation: 'manager',
  about: { goals: 'Ship the Q3 platform', pressures: '', style: '', needsFromMe: '' },
  createdAt: 0,
  updatedAt: 0,
};

function index() {
  const notes = new NotesIndex();
  notes.setStore('needs', [
    need('n1', 'Clarity on the promotion path'),
    need('n2', 'Feedback on the roadmap', 'lee', 9),
  ]);
  notes.setStore('notes', [
    note('t1', 'Ask Núñez about the RÉORG budget'),
    note('t2', 'roadmap review went well', { personId: 'dana' }),
  ]);
  notes.setStore('people', [dana]);
  const q: Question = {
    id: 'q1',
    personId: 'dana',
    text: 'What keeps you up?',
    kind: 'mine',
    status: 'answered',
    answer: 'The roadmap slipping',
    meetingId: 'google:m1',
    createdAt: 2,
    updatedAt: 3,
  };
  notes.setStore('questions', [q]);
  return notes;
}

describe('finding what was written', () => {
  test.each([
    ['a whole word', 'promotion', ['need:n1']],
    ['case does not matter', 'PROMOTION', ['need:n1']],
    ['accents do not matter, either way', 'nunez reorg', ['note:t1']],
    ['the word being typed is a prefix', 'roadm', ['answer:q1', 'need:n2', 'note:t2']],
    ['every word must match', 'roadmap review', ['note:t2']],
    ['finished words are whole words', 'road map', []],
    ['"about them" is searched too', 'platform', ['about:dana:goals']],
    ['nothing to search', '  !! ', []],
  ])('%s: %o', (_name, query, ids) => {
    expect(
      index()
        .search(query)
        .hits.map((hit) => hit.doc.id)
        .sort(),
    ).toEqual(ids);
  });

  test('a store read again replaces changed texts, drops removed ones, keeps the rest', () => {
    const notes = index();
    const size = notes.size;
    expect(
      notes.setStore('needs', [need('n1', 'Clarity on the promotion path'), need('n3', 'Budget for training')]),
    ).toBe(2);
    expect(
      notes
        .search('roadmap')
        .hits.map((hit) => hit.doc.id)
        .sort(),
    ).toEqual(['answer:q1', 'note:t2']);
    expect(notes.search('training').hits.map((hit) => hit.doc.id)).toEqual(['need:n3']);
    expect(notes.size).toBe(size);
    notes.setStore('notes', [note('t1', 'Ask about the budget')]);
    expect(notes.search('nunez').total).toBe(0);
  });

  test('results group by person, newest first, and open where they belong', () => {
    const found = index().search('roadmap');
    const groups = groupByPerson(found.hits);
    expect(groups.map((g) => [g.personId, g.hits.map((h) => h.doc.id)])).toContainEqual([
      'dana',
      ['note:t2', 'answer:q1'],
    ]);
    const hrefs = found.hits.map((hit) => contextHref(hit.doc)).sort();
    expect(hrefs).toEqual([
      'one-on-ones.html?person=dana#meeting-google:m1',
      'one-on-ones.html?person=dana#note-t2',
      'one-on-ones.html?person=lee#need-n2',
    ]);
    expect(contextHref({ id: 'note:x', kind: 'note', recordId: 'x', at: 0, text: 'x' })).toBe(
      'one-on-ones.html?person=none#note-x',
    );
  });
});

describe('showing a match', () => {
  test.each([
    ['Núñez', 'nunez'],
    ['ÉTÉ', 'ete'],
    ['Straße', 'straße'],
  ])('%s folds to %s', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });

  test('marks the matching words, as text, around the first match', () => {
    const segments = snippet('We talked <b>about</b> the Réorg and the réorg budget', new Set(['reorg']));
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['Réorg', 'réorg']);
    expect(segments.map((s) => s.text).join('')).toBe('We talked <b>about</b> the Réorg and the réorg budget');
  });

  test('a long text is cut around the match, with ellipses', () => {
    const text = `${'word '.repeat(100)}needle ${'more '.repeat(100)}`;
    const segments = snippet(text, new Set(['needle']), 60);
    expect(segments[0]?.text).toBe('…');
    expect(segments.at(-1)?.text).toBe('…');
    expect(segments.find((s) => s.hit)?.text).toBe('needle');
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(70);
  });
});
