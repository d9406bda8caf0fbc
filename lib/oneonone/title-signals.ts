/**
 * What an event title says about being a 1:1 (docs/calendars.md, "What makes a 1:1").
 * All functions take a title already passed through `fold()`.
 */
import { findForm, phrasePattern, wholeWord, words } from './normalise';

/** Words people put in 1:1 titles, as regex bodies: 1:1, 1/1, 1x1, 1on1, 1-on-1, one on one, check-in, catch-up, sync. */
const ONE_ON_ONE_WORDS: readonly string[] = [
  '(?<!\\d)1\\s*(?::|/|x)\\s*1(?!\\d)',
  '1\\s*-?\\s*on\\s*-?\\s*1',
  '1\\s*-?\\s*to\\s*-?\\s*1',
  'one[\\s-]*on[\\s-]*one',
  'one[\\s-]*to[\\s-]*one',
  'check[\\s-]?ins?',
  'catch[\\s-]?ups?',
  'sync',
];

/**
 * Words that make a title about a group, not a pair: "Dana's team", "Team sync",
 * "with Dana's org", "Eng staff meeting". Any of them vetoes a title-based match.
 */
const GROUP_WORDS =
  'teams?|staff|org|orgs|organi[sz]ation|all[\\s-]?hands|town[\\s-]?hall|department|dept|group|squad|leads|leadership|managers|directs|offsite|stand[\\s-]?up|retro(?:spective)?|guild|chapter|tribe|council|committee|everyone|crew|family';

/** Separators in pair titles: `Alice / Bob`, `Alice <> Bob`, `Sam:Dana`, `Alice & Bob`, `Sam + Pat`, `A | B`, `A x B`, `A and B`, `A - B`. */
const PAIR_SEPARATOR = '\\s*(?:/|<>|<->|<=>|:|&|\\+|\\||-|–|—|\\s+x|\\s+and|\\s+w/)\\s*';

/** Filler that may surround a 1:1 word in a title that names nobody ("Weekly sync", "Our 1:1"). */
const FILLER = new Set([
  'weekly',
  'biweekly',
  'bi',
  'monthly',
  'daily',
  'our',
  'the',
  'a',
  'call',
  'meeting',
  'chat',
  'quick',
  'recurring',
  'with',
  'me',
  'my',
]);

/** The 1:1 word as the title writes it (folded), for reasons like `with "1on1"`; null when none. */
export function oneOnOneWord(foldedTitle: string): string | null {
  for (const body of ONE_ON_ONE_WORDS) {
    const found = wholeWord(body).exec(foldedTitle);
    if (found) return found[0];
  }
  return null;
}

export function groupWord(foldedTitle: string): string | null {
  return wholeWord(GROUP_WORDS).exec(foldedTitle)?.[0] ?? null;
}

export function namesPerson(foldedTitle: string, forms: readonly string[][]): boolean {
  return findForm(foldedTitle, forms) !== null;
}

/** Does the title pair these two people with a pair separator, in either order? */
export function pairsPeople(
  foldedTitle: string,
  meForms: readonly string[][],
  personForms: readonly string[][],
): boolean {
  for (const a of meForms) {
    for (const b of personForms) {
      const ab = new RegExp(`${phrasePattern(a)}${PAIR_SEPARATOR}${phrasePattern(b)}`, 'u');
      const ba = new RegExp(`${phrasePattern(b)}${PAIR_SEPARATOR}${phrasePattern(a)}`, 'u');
      if (ab.test(foldedTitle) || ba.test(foldedTitle)) return true;
    }
  }
  return false;
}

/**
 * A 1:1 title that names no one: only 1:1 words, filler and the user's own name
 * ("1:1", "Weekly sync", "Catch-up", "Sam 1on1"). "Project sync" is not one.
 */
export function isBareOneOnOneTitle(foldedTitle: string, meForms: readonly string[][]): boolean {
  if (!oneOnOneWord(foldedTitle)) return false;
  let rest = foldedTitle;
  for (const body of ONE_ON_ONE_WORDS)
    rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu'), ' ');
  const meWords = new Set(meForms.flat());
  return words(rest).every((word) => FILLER.has(word) || meWords.has(word));
}
