/**
 * Name matching that survives how people type titles: any case, with or without accents
 * ("Ana Maria Nunez" = "Ana María Núñez"), curly or straight apostrophes, and whole words
 * only ("Dan" never matches "Dana").
 */

/** Lower-case, accents removed, curly quotes straightened, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text (letters and digits), folded. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The words in order with any separators between them, without the whole-word guards. */
export function phraseBody(phrase: readonly string[]): string {
  return phrase.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\p{L}\\p{N}]+');
}

/** Any of the phrases as whole words: one guard around the alternation, not one per phrase. */
export function phrasesPattern(phrases: readonly (readonly string[])[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${phrases.map(phraseBody).join('|')})(?![\\p{L}\\p{N}])`;
}

/** Wrap a regex body so it only matches whole words (Unicode-aware \b). */
export function wholeWord(body: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');
}

/** A display name in any word order, as one key ("Reyes, Dana" and "Dana Reyes" give the same). */
export function nameKey(text: string): string {
  return [...words(text)].sort().join(' ');
}
