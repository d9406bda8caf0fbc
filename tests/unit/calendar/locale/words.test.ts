import { afterEach, describe, expect, test } from 'vitest';
import { parseGoogleLabel } from '../../../../lib/calendar/google-label';
import { ALL_LABEL_WORDS } from '../../../../lib/calendar/locale/all-words';
import { isLabelWords, useLabelWords, vocabularyOf } from '../../../../lib/calendar/locale/words';

afterEach(() => useLabelWords(ALL_LABEL_WORDS));

describe('the word tables the content script receives', () => {
  test('each table’s vocabulary is made once and reused', () => {
    const table = ALL_LABEL_WORDS.google.de;
    expect(table).toBeDefined();
    expect(vocabularyOf('de', table as never)).toBe(vocabularyOf('de', table as never));
  });

  test('the published tables survive storage (JSON) and pass the check the content script makes', () => {
    const stored = JSON.parse(JSON.stringify(ALL_LABEL_WORDS));
    expect(isLabelWords(stored)).toBe(true);
    expect(isLabelWords({ ...stored, google: { de: { range: 'bis' } } })).toBe(false);
    expect(isLabelWords({ ...stored, outlook: null })).toBe(false);
    expect(isLabelWords(null)).toBe(false);
    useLabelWords(stored);
    expect(parseGoogleLabel('15:00 bis 16:00, Dana / Sam, Dana Reyes, Kein Ort, 10. März 2026').start).toBe(
      '2026-03-10T15:00',
    );
  });

  test('without word tables a label gives its title and no time', () => {
    useLabelWords({ google: {}, outlook: {} });
    expect(parseGoogleLabel('3pm to 4pm, Dana / Sam, Dana Reyes, No location, March 10, 2026')).toMatchObject({
      title: 'Dana / Sam',
      start: null,
    });
  });
});
