import { describe, expect, test } from 'vitest';
import { buildVocabulary } from '../../../../lib/calendar/locale/vocabulary';

describe('words from Intl', () => {
  test('month and am/pm words come from Intl for the language', () => {
    const german = buildVocabulary('de', { range: ['bis'] });
    expect(german.get('märz')).toBe(3);
    expect(german.get('bis')).toBeDefined();
    // The format glues ב to the month name: labels write ביוני.
    expect(buildVocabulary('he', { range: [] }).get('ביוני')).toBe(6);
    // Basque glues `ren` to it: ekainaren.
    expect(buildVocabulary('eu', { range: [] }).get('ekainaren')).toBe(6);
    // Korean marks numbers: 6월, 10일, 9시.
    expect([...buildVocabulary('ko', { range: [] }).keys()]).toEqual(expect.arrayContaining(['월', '일', '시']));
  });

  test('a language Intl does not know gives only its table’s words, and no error', () => {
    expect([...buildVocabulary('zz-invalid-tag!', { range: ['to'] }).keys()]).toEqual(['to', 'am', 'pm']);
  });
});
