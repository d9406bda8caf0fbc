/**
 * Every word table, with each language's vocabulary built from Intl (on first use: building all
 * of them takes a moment), as the background publishes them and as tests and the detect
 * command use them.
 */
import { GOOGLE_WORDS } from './google-words';
import { OUTLOOK_WORDS } from './outlook-words';
import { buildVocabulary, type ExtraWords } from './vocabulary';
import type { LabelWords } from './words';

function withVocabularies<T extends ExtraWords>(tables: Readonly<Record<string, T>>): Record<string, T> {
  const result: Record<string, T> = {};
  for (const [language, table] of Object.entries(tables)) {
    let built: Record<string, number> | undefined;
    result[language] = Object.defineProperty({ ...table }, 'vocabulary', {
      enumerable: true,
      get: () => (built ??= Object.fromEntries(buildVocabulary(language, table))),
    });
  }
  return result;
}

export const ALL_LABEL_WORDS: LabelWords = {
  google: withVocabularies(GOOGLE_WORDS),
  outlook: withVocabularies(OUTLOOK_WORDS),
};
