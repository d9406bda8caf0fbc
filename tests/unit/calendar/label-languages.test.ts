// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { googleAdapter } from '../../../lib/calendar/google';
import { parseGoogleLabel } from '../../../lib/calendar/google-label';
import { ALL_LABEL_WORDS } from '../../../lib/calendar/locale/all-words';
import { buildVocabulary } from '../../../lib/calendar/locale/vocabulary';
import { isLabelWords, useLabelWords, vocabularyOf } from '../../../lib/calendar/locale/words';
import { loadCorpus } from '../../support/label-corpus';

const corpus = loadCorpus('google');
const languages = corpus.map((c) => c.language);
const casesOf = new Map(corpus.map((c) => [c.language, c.cases]));

/** Only one language's words installed: what that language alone makes of a label. */
function withOnly(language: string) {
  useLabelWords({ google: { [language]: ALL_LABEL_WORDS.google[language] as never }, outlook: {} });
}
afterEach(() => useLabelWords(ALL_LABEL_WORDS));

describe('never a wrong time across languages', () => {
  // Exhaustive over the corpus: every label of every language, read with every other language's words.
  test.each(languages)('labels in %s give no time with any other language’s words', (source) => {
    const read: string[] = [];
    for (const other of languages) {
      if (other === source) continue;
      withOnly(other);
      for (const item of casesOf.get(source) ?? []) {
        const parsed = parseGoogleLabel(item.label, undefined, { lang: other });
        if (parsed.start !== null || parsed.end !== null) read.push(`${other} read ${item.label} as ${parsed.start}`);
      }
    }
    expect(read, 'a language read a label that is not in it: make its words less alike').toEqual([]);
  });

  // Random titles, organizers and locations (commas, digits, label words and all) in real label shapes.
  const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const drawn = fc.record({
    source: fc.constantFrom(...languages),
    reader: fc.constantFrom(...languages),
    pick: fc.nat(),
    title: text,
  });
  const relabel = (source: string, pick: number, title: string) => {
    const cases = casesOf.get(source) ?? [];
    const item = cases[pick % cases.length];
    if (!item?.expect.title || !item.label.includes(item.expect.title)) return null;
    return { item, label: item.label.replace(item.expect.title, title) };
  };

  test('a label read with another language’s words never gets a time, whatever its title', () => {
    fc.assert(
      fc.property(drawn, ({ source, reader, pick, title }) => {
        const drawnLabel = relabel(source, pick, title);
        if (!drawnLabel || source === reader) return;
        withOnly(reader);
        const parsed = parseGoogleLabel(drawnLabel.label, undefined, { lang: reader });
        expect(parsed.start, `${reader} words on ${drawnLabel.label}`).toBeNull();
        expect(parsed.end).toBeNull();
      }),
      { numRuns: 400, seed: 20240610 },
    );
  });

  test('with its own words, a label with any title gets its own time or none, never another', () => {
    fc.assert(
      fc.property(drawn, ({ source, pick, title }) => {
        const drawnLabel = relabel(source, pick, title);
        if (!drawnLabel) return;
        const { item, label } = drawnLabel;
        const parsed = parseGoogleLabel(label, undefined, { lang: item.lang });
        if (parsed.start !== null) expect(parsed.start, label).toBe(item.expect.start);
        if (parsed.end !== null) expect(parsed.end, label).toBe(item.expect.end);
      }),
      { numRuns: 400, seed: 20240611 },
    );
  });
});

/** `data-datekey` of Google's day columns: ((year - 1970) << 9) | (month << 5) | day. */
const dateKey = (year: number, month: number, day: number) => ((year - 1970) << 9) | (month << 5) | day;

describe("the chip's day column checks its label", () => {
  const label = '06:30 to 06:45, Gym, Calendar: Home, No location, June 10, 2024';
  test.each([
    ['the same day', { year: 2024, month: 6, day: 10 }, '2024-06-10T06:30'],
    ['another day: the date is dropped', { year: 2024, month: 6, day: 11 }, null],
    ['another year: the date is dropped', { year: 2025, month: 6, day: 10 }, null],
  ])('%s', (_name, day, start) => {
    expect(parseGoogleLabel(label, undefined, { lang: 'en', day }).start).toBe(start);
  });

  test('a label spanning two days agrees with either of its columns', () => {
    const night = 'June 9, 2024 at 22:15 to June 10, 2024 at 06:30, Night train, Calendar: Personal, No location';
    for (const day of [9, 10]) {
      expect(parseGoogleLabel(night, undefined, { day: { year: 2024, month: 6, day } }).end).toBe('2024-06-10T06:30');
    }
    expect(parseGoogleLabel(night, undefined, { day: { year: 2024, month: 6, day: 11 } }).start).toBeNull();
  });

  test('a label without a year takes the column’s', () => {
    const noYear = '3pm to 4pm, Dana / Sam, Dana Reyes, No location, March 10';
    expect(parseGoogleLabel(noYear).start).toBeNull();
    expect(parseGoogleLabel(noYear, undefined, { day: { year: 2026, month: 3, day: 10 } })).toMatchObject({
      start: '2026-03-10T15:00',
      end: '2026-03-10T16:00',
    });
  });

  test('the adapter reads the column and the page language from the page', () => {
    document.documentElement.lang = 'de';
    document.body.innerHTML = `
      <div role="gridcell" data-datekey="${dateKey(2026, 3, 10)}">
        <div role="button" data-eventchip data-eventid="${btoa('a1 sam@example.com')}"
             aria-label="15:00 bis 16:00, Dana / Sam, Dana Reyes, Zugesagt, Kein Ort, 10. März 2026"></div>
        <div role="button" data-eventchip data-eventid="${btoa('a2 sam@example.com')}"
             aria-label="15:00 bis 16:00, Moved, Dana Reyes, Kein Ort, 11. März 2026"></div>
      </div>`;
    const [right, moved] = googleAdapter.findEventElements(document).map((chip) => googleAdapter.readEvent(chip));
    expect(right).toMatchObject({ title: 'Dana / Sam', start: '2026-03-10T15:00', response: 'accepted' });
    expect(moved).toMatchObject({ title: 'Moved', organizer: 'Dana Reyes', start: null, end: null });
  });
});

describe('locale data', () => {
  test('month and am/pm words come from Intl for the language', () => {
    const german = buildVocabulary('de', { range: ['bis'] });
    expect(german.get('märz')).toBe(3);
    const hebrew = buildVocabulary('he', { range: [] });
    // The format glues ב to the month name: labels write ביוני.
    expect(hebrew.get('ביוני')).toBe(6);
    const korean = buildVocabulary('ko', { range: [] });
    expect([...korean.keys()]).toContain('월');
  });

  test('a language Intl does not know gives only its table’s words, and no error', () => {
    expect([...buildVocabulary('zz-invalid-tag!', { range: ['to'] }).keys()]).toEqual(['to', 'am', 'pm']);
  });

  test('each table’s vocabulary is made once and reused', () => {
    const table = ALL_LABEL_WORDS.google.de;
    expect(table).toBeDefined();
    expect(vocabularyOf('de', table as never)).toBe(vocabularyOf('de', table as never));
  });

  test('the published tables survive storage (JSON) and pass the check the content script makes', () => {
    const stored = JSON.parse(JSON.stringify(ALL_LABEL_WORDS));
    expect(isLabelWords(stored)).toBe(true);
    expect(isLabelWords({ ...stored, google: { de: { range: 'bis' } } })).toBe(false);
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
