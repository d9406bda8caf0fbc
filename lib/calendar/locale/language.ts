/**
 * Which language a label is read in. The page says (`<html lang>`); the label confirms it: a
 * label the page's language cannot read is tried in the other languages (the one that last
 * worked first), because a chip can carry a label in another language than the page.
 */

/** Old and alternative codes pages use for the languages in the word tables. */
const ALIASES: Readonly<Record<string, string>> = { iw: 'he', in: 'id', no: 'nb', nn: 'nb', tl: 'fil' };

/** `pt-BR` → `pt`, `iw` → `he`, `zh_TW` → `zh`: the key of a word table. */
export function baseLanguage(tag: string): string {
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[base] ?? base;
}

/** Reads with the page's language first, then the others; the first reading wins. */
export function readInLanguages<T>(
  pageLanguage: string | undefined,
  languages: readonly string[],
  read: (language: string) => T | null,
): T | null {
  const tried = new Set<string>();
  const page = pageLanguage ? baseLanguage(pageLanguage) : undefined;
  for (const language of [page, lastRead, ...languages]) {
    if (!language || tried.has(language) || !languages.includes(language)) continue;
    tried.add(language);
    const result = read(language);
    if (result) {
      lastRead = language;
      return result;
    }
  }
  return null;
}

let lastRead: string | undefined;
