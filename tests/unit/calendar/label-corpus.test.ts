import { describe, expect, test } from 'vitest';
import { parseGoogleLabel } from '../../../lib/calendar/google-label';
import { parseOutlookLabel } from '../../../lib/calendar/outlook-label';
import { loadCorpus, type Parse, percent, score } from '../../support/label-corpus';

const PARSERS: Record<'google' | 'outlook', Parse> = { google: parseGoogleLabel, outlook: parseOutlookLabel };
const HINT =
  'fix the words in lib/calendar/locale/<site>-words.ts or the reader in lib/calendar/<site>-label.ts; see tests/fixtures/labels/README.md';

describe.each(['google', 'outlook'] as const)('%s labels in every language of the corpus', (site) => {
  const corpus = loadCorpus(site);

  test.each(corpus.map((language) => [language.language, language] as const))(
    '%s: at least 95% of fields right and no wrong time, with and without the page language',
    (_name, language) => {
      for (const withLanguage of [true, false]) {
        const result = score(PARSERS[site], language, withLanguage);
        const misses = result.misses.map((m) => `${m.field}: ${JSON.stringify(m.got)} in ${m.label}`).join('\n');
        expect(
          result.wrongTimes,
          `wrong times (${withLanguage ? 'page language given' : 'language from the label'}):\n${misses}`,
        ).toBe(0);
        expect(percent(result), `${HINT}\n${misses}`).toBeGreaterThanOrEqual(95);
      }
    },
  );

  // Every seen shape reads in full (derived ones may miss a field by design, e.g. a holiday row
  // whose only words are shared with a sibling language gives no time).
  const seen = corpus.flatMap((language) =>
    language.cases.filter((c) => c.source.startsWith('seen')).map((c) => [language.language, c.label, c] as const),
  );
  test.each(seen)('%s: %s', (_language, label, item) => {
    expect(PARSERS[site](label, undefined, { lang: item.lang }), `${HINT} (${item.source})`).toMatchObject(item.expect);
  });
});
