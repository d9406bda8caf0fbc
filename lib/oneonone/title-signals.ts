/**
 * What an event title says about being a 1:1 (docs/calendars.md, "What makes a 1:1").
 * All functions take a title already passed through `fold()`.
 */
import type { CompiledNames } from './names';
import { wholeWord, words } from './normalise';

/** Words people put in 1:1 titles, as regex bodies: 1:1, 1/1, 1x1, 1on1, 1-on-1, one on one, check-in, catch-up, sync. */
export const ONE_ON_ONE_WORDS: readonly string[] = [
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

/** Filler that may surround a 1:1 word in a title that names nobody ("Weekly sync", "Our 1:1"). */
export const FILLER: ReadonlySet<string> = new Set([
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

/** Compiled once: these run against every title the calendar shows. */
const ONE_ON_ONE = ONE_ON_ONE_WORDS.map((body) => wholeWord(body));
const ANY_ONE_ON_ONE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ONE_ON_ONE_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const GROUP = wholeWord(GROUP_WORDS);

/** The 1:1 word as the title writes it (folded), for reasons like `with "1on1"`; null when none. */
export function oneOnOneWord(foldedTitle: string): string | null {
  for (const pattern of ONE_ON_ONE) {
    const found = pattern.exec(foldedTitle);
    if (found) return found[0];
  }
  return null;
}

export function groupWord(foldedTitle: string): string | null {
  return GROUP.exec(foldedTitle)?.[0] ?? null;
}

/** Does the folded title name this person (any of their forms, as whole words)? */
export function namesPerson(foldedTitle: string, names: CompiledNames): boolean {
  return names.any?.test(foldedTitle) ?? false;
}

/**
 * A 1:1 title that names no one: only 1:1 words, filler and the user's own name
 * ("1:1", "Weekly sync", "Catch-up", "Sam 1on1"). "Project sync" is not one.
 */
export function isBareOneOnOneTitle(foldedTitle: string, meWords: ReadonlySet<string>): boolean {
  if (!oneOnOneWord(foldedTitle)) return false;
  const rest = foldedTitle.replace(ANY_ONE_ON_ONE, ' ');
  return words(rest).every((word) => FILLER.has(word) || meWords.has(word));
}
