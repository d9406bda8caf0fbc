import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { parseGoogleLabel } from '../../../../lib/calendar/google-label';
import { ALL_LABEL_WORDS } from '../../../../lib/calendar/locale/all-words';
import { useLabelWords } from '../../../../lib/calendar/locale/words';
import { loadCorpus } from '../../../support/label-corpus';

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
