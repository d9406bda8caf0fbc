/**
 * The word tables the label readers use. They are not bundled into the content scripts (each
 * must stay under 12 KB gzipped): the background publishes them to extension storage and the
 * content script installs them before it reads the page (`lib/content/label-words.ts`).
 * Tests, the benchmark and the detect command install `ALL_LABEL_WORDS` directly.
 */
import type { GoogleWords } from './google-words';
import type { OutlookWords } from './outlook-words';
import type { ExtraWords, Vocabulary } from './vocabulary';

export interface LabelWords {
  google: Readonly<Record<string, GoogleWords>>;
  outlook: Readonly<Record<string, OutlookWords>>;
}

let installed: LabelWords = { google: {}, outlook: {} };

export function useLabelWords(words: LabelWords): void {
  installed = words;
}

export function labelWords(): LabelWords {
  return installed;
}

/** What is built from one table, built once and reused for every label. */
export function perTable<T extends object, R>(build: (language: string, table: T) => R) {
  const built = new WeakMap<T, R>();
  return (language: string, table: T): R => {
    let value = built.get(table);
    if (value === undefined) {
      value = build(language, table);
      built.set(table, value);
    }
    return value;
  };
}

/** Where the background publishes the tables for the content scripts (`storage.local`, which pages cannot read). */
export const LABEL_WORDS_KEY = 'labelWords';

/**
 * Stored tables, checked before use: every entry of every table is a list of strings (or, the
 * vocabulary, a map of words to numbers). A value of
 * another shape (an older build's, a damaged store) is refused, and labels then give no time.
 */
export function isLabelWords(value: unknown): value is LabelWords {
  const each = (v: unknown, test: (item: unknown) => boolean) =>
    typeof v === 'object' && v !== null && Object.values(v).every(test);
  const isList = (v: unknown) =>
    Array.isArray(v) ? v.every((word) => typeof word === 'string') : each(v, (sense) => typeof sense === 'number');
  return each(value, (site) => each(site, (table) => each(table, isList))) && each(value, Boolean);
}

/** A table's published vocabulary as a lookup map, made once per table. */
export const vocabularyOf = perTable(
  (_language: string, table: ExtraWords): Vocabulary => new Map(Object.entries(table.vocabulary ?? {})),
);
