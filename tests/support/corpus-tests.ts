import { describe, expect, test } from 'vitest';
import { loadCorpus, type Parse, percent, score } from './label-corpus';

/**
 * The corpus as tests: per language, at least 95% of fields and no wrong time (with the page's
 * language and with the label's own); every seen shape read in full. Derived shapes may miss a
 * field by design (a holiday row whose only words a sibling language shares gets no time).
 */
export function describeCorpus(site: 'google' | 'outlook', parse: Parse): void {
  const hint = `fix the words in lib/calendar/locale/${site}-words.ts or the reader in lib/calendar/${site}-label.ts; see tests/fixtures/labels/README.md`;
  const corpus = loadCorpus(site);
  describe(`${site} labels in every language of the corpus`, () => {
    test.each(corpus.map((language) => [language.language, language] as const))(
      '%s: at least 95% of fields right and no wrong time, with and without the page language',
      (_name, language) => {
        for (const withLanguage of [true, false]) {
          const result = score(parse, language, withLanguage);
          const misses = result.misses.map((m) => `${m.field}: ${JSON.stringify(m.got)} in ${m.label}`).join('\n');
          const how = withLanguage ? 'page language given' : 'language from the label';
          expect(result.wrongTimes, `wrong times (${how}):\n${misses}`).toBe(0);
          expect(percent(result), `${hint}\n${misses}`).toBeGreaterThanOrEqual(95);
        }
      },
    );
    const seen = corpus.flatMap((language) =>
      language.cases.filter((c) => c.source.startsWith('seen')).map((c) => [language.language, c.label, c] as const),
    );
    test.each(seen)('%s: %s', (_language, label, item) => {
      expect(parse(label, undefined, { lang: item.lang }), `${hint} (${item.source})`).toMatchObject(item.expect);
    });
  });
}
