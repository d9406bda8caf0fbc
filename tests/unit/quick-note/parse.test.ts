import { describe, expect, test } from 'vitest';
import type { QuickNoteKind } from '../../../lib/model';
import {
  characterCount,
  matchMention,
  parseQuickNote,
  QUICK_NOTE_MAX_CHARS,
  quickNoteProblem,
} from '../../../lib/quick-note/parse';
import { EVERYONE } from '../../support/records';

const choice = { kind: 'note' as QuickNoteKind, personId: 'dana' };

describe('parseQuickNote', () => {
  test.each([
    // typed, picked kind, expected kind, person, filed text
    ['Budget freeze next week', 'note', 'note', 'dana', 'Budget freeze next week'],
    ['  padded  ', 'note', 'note', 'dana', 'padded'],
    ['! Clear priorities', 'note', 'need', 'dana', 'Clear priorities'],
    ['? How is the reorg going', 'need', 'question', 'dana', 'How is the reorg going'],
    ['!no space is not a prefix', 'note', 'note', 'dana', '!no space is not a prefix'],
    ['Is this a question?', 'note', 'note', 'dana', 'Is this a question?'],
    ['Picked kind wins without a prefix', 'question', 'question', 'dana', 'Picked kind wins without a prefix'],
    ['@lee Hiring plan', 'note', 'note', 'lee', 'Hiring plan'],
    ['? @Lee hiring plan', 'note', 'question', 'lee', 'hiring plan'],
    ['Ask @lee about hiring', 'note', 'note', 'lee', 'Ask lee about hiring'],
    ['How is the reorg for @lee', 'note', 'note', 'lee', 'How is the reorg for lee'],
    [
      'What does a great quarter look like? @ana',
      'question',
      'question',
      'ana',
      'What does a great quarter look like?',
    ],
    ['@ANA accents do not matter', 'note', 'note', 'ana', 'accents do not matter'],
    ['@núñez works too', 'note', 'note', 'ana', 'works too'],
    ['@anamarianunez full name', 'note', 'note', 'ana', 'full name'],
    ['@ana-maria-nunez hyphenated', 'note', 'note', 'ana', 'hyphenated'],
    ['@mari alias', 'note', 'note', 'ana', 'alias'],
    ['@dr alias', 'note', 'note', 'dana', 'alias'],
    ['@okafor surname', 'note', 'note', 'lee', 'surname'],
    ['@reyes: surname, then a colon', 'note', 'note', 'dana', 'surname, then a colon'],
    ['@lee, can we talk', 'note', 'note', 'lee', 'can we talk'],
    ['@nu\u0301n\u0303ez decomposed accents', 'note', 'note', 'ana', 'decomposed accents'],
    ['Talk to @lee.', 'note', 'note', 'lee', 'Talk to lee.'],
    ['mail dana@example.com is not a mention', 'note', 'note', 'dana', 'mail dana@example.com is not a mention'],
    ['שלום @lee עולם', 'note', 'note', 'lee', 'שלום lee עולם'],
    ['🙂 @lee', 'note', 'note', 'lee', '🙂 lee'],
    ['line one\n@lee line two', 'note', 'note', 'lee', 'line one\nlee line two'],
    ['@lee  keeps  my  spacing', 'note', 'note', 'lee', 'keeps  my  spacing'],
  ])('%j (picked %s) → %s for %s: %j', (typed, picked, kind, personId, text) => {
    const parsed = parseQuickNote(typed, { kind: picked as QuickNoteKind, personId: 'dana' }, EVERYONE);
    expect({ kind: parsed.kind, personId: parsed.personId, text: parsed.text }).toEqual({ kind, personId, text });
  });

  test('a mention that matches several people stays in the text and the picked person is kept', () => {
    // "@dan" starts both Dana and Daniel.
    const parsed = parseQuickNote('@dan budget', choice, EVERYONE);
    expect(parsed).toMatchObject({
      personId: 'dana',
      personFrom: 'choice',
      text: '@dan budget',
      unmatchedMention: '@dan',
    });
  });

  test('a mention that matches nobody is reported, never guessed', () => {
    const parsed = parseQuickNote('Ask @jordan', { kind: 'note', personId: 'lee' }, EVERYONE);
    expect(parsed).toMatchObject({ personId: 'lee', text: 'Ask @jordan', unmatchedMention: '@jordan' });
  });

  test('says where the kind and person came from, for the preview', () => {
    expect(parseQuickNote('! @lee x', choice, EVERYONE)).toMatchObject({ kindFrom: 'prefix', personFrom: 'mention' });
    expect(parseQuickNote('x', choice, EVERYONE)).toMatchObject({ kindFrom: 'choice', personFrom: 'choice' });
  });
});

describe('matchMention', () => {
  test('exact handles beat prefixes: "@dana" is Dana even though it also starts "danakim"', () => {
    expect(matchMention('dana', EVERYONE).map((p) => p.id)).toEqual(['dana']);
    expect(matchMention('dan', EVERYONE).map((p) => p.id)).toEqual(['dana', 'daniel']);
    expect(matchMention('', EVERYONE)).toEqual([]);
  });
});

describe('quickNoteProblem', () => {
  const parse = (text: string, kind: QuickNoteKind = 'note', personId = 'dana') =>
    quickNoteProblem(parseQuickNote(text, { kind, personId }, EVERYONE));

  test.each(['', '   ', '\n\t \n', '! ', '?   '])('%j is empty', (text) => {
    expect(parse(text)).toEqual({ kind: 'empty' });
  });

  test('the limit counts characters as people do: 10,000 emoji are fine, one more is not', () => {
    expect(parse('🙂'.repeat(QUICK_NOTE_MAX_CHARS))).toBeNull();
    expect(parse('🙂'.repeat(QUICK_NOTE_MAX_CHARS + 1))).toEqual({ kind: 'too-long', length: 10_001 });
    expect(parse('x'.repeat(100 * 1024))).toEqual({ kind: 'too-long', length: 102_400 });
  });

  test('needs and questions need a person; notes do not', () => {
    expect(parse('x', 'need', '')).toEqual({ kind: 'needs-person', what: 'need' });
    expect(parse('x', 'question', '')).toEqual({ kind: 'needs-person', what: 'question' });
    expect(parse('x', 'note', '')).toBeNull();
    // A mention supplies the person.
    expect(parse('@lee x', 'need', '')).toBeNull();
  });

  test('characterCount counts code points', () => {
    expect(characterCount('a🙂b')).toBe(3);
    expect(characterCount('שלום')).toBe(4);
  });
});
