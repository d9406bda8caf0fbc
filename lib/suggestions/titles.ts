/**
 * What an event title says about who a 1:1 is with, read for suggestions (the classifier in
 * lib/oneonone only checks titles against people already set up; here nobody is set up yet,
 * so the names come out of the title itself).
 */
import type { Relation } from '../model';
import { fold, wholeWord, words } from '../oneonone/normalise';
import { FILLER, groupWord, ONE_ON_ONE_WORDS, oneOnOneWord } from '../oneonone/title-signals';

export type TitleShape =
  /** Two names paired: "Dana / Sam", "Sam <> Lee skip-level", "Mentoring: Ana / Sam". */
  | { kind: 'pair'; sides: [string, string]; hint: Relation | null }
  /** One name with a 1:1 word: "1:1 Ana", "Dana catch-up". `strong`: a numeric or "one on one" word, not "sync". */
  | { kind: 'named'; name: string; strong: boolean; hint: Relation | null }
  /** A 1:1 word and nobody named: "1:1", "Weekly sync". */
  | { kind: 'bare'; hint: Relation | null }
  | { kind: 'none' };

/** Words in a title that say which relation the other person has. */
const RELATION_HINTS: readonly (readonly [string, Relation])[] = [
  ['skip[\\s-]?levels?|skips?', 'skip-level'],
  ['mentor(?:ing|ship|s)?', 'mentor'],
];

/**
 * Separators that pair two names. Unlike the classifier's (which checks known names on both
 * sides), these split unknown text, so a hyphen counts only with spaces round it ("Mary-Jane"
 * is one name) and "x" / "and" only as words.
 */
const PAIR_SPLIT = /\s*(?:<=>|<->|<>|\/|:|&|\+|\||[–—]|\s-\s|\s(?:x|and|w\/)\s)\s*/giu;

const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
const MAX_NAME_WORDS = 4;
const MAX_NAME_LENGTH = 60;

const anyOf = (bodies: readonly string[]) => new RegExp(wholeWord(bodies.join('|')).source, 'giu');
const ONE_ON_ONE = anyOf(ONE_ON_ONE_WORDS);
const HINT_WORDS = anyOf(RELATION_HINTS.map(([body]) => body));
const FILLER_WORDS = anyOf([...FILLER]);

export function relationHint(title: string): Relation | null {
  const folded = fold(title);
  for (const [body, relation] of RELATION_HINTS) if (wholeWord(body).test(folded)) return relation;
  return null;
}

/** Does this text look like a person's name (a few words of letters, nothing else)? */
export function isNameLike(text: string): boolean {
  const parts = text.split(/\s+/).filter(Boolean);
  return (
    parts.length > 0 &&
    parts.length <= MAX_NAME_WORDS &&
    text.length <= MAX_NAME_LENGTH &&
    parts.every((part) => NAME_WORD.test(part) && !FILLER.has(fold(part)))
  );
}

const tidy = (text: string) => text.replace(EDGE_PUNCTUATION, '').replace(/\s+/g, ' ').trim();

export function readTitle(title: string): TitleShape {
  const folded = fold(title);
  if (!folded || groupWord(folded)) return { kind: 'none' };
  const word = oneOnOneWord(folded);
  const hint = relationHint(title);
  // Take away everything that is not a name: 1:1 words, relation words, filler ("weekly", "with").
  const rest = tidy(
    title.normalize('NFC').replace(ONE_ON_ONE, ' ').replace(HINT_WORDS, ' ').replace(FILLER_WORDS, ' '),
  );
  if (!rest) return word ? { kind: 'bare', hint } : { kind: 'none' };

  const sides = rest.split(PAIR_SPLIT).map(tidy).filter(Boolean);
  if (sides.length === 2 && sides[0] && sides[1] && sides.every(isNameLike)) {
    return { kind: 'pair', sides: [sides[0], sides[1]], hint };
  }
  // Three names or more ("Dana / Lee / Sam") is a group; other text is not a name.
  if (sides.length !== 1 || !word || !isNameLike(rest)) return { kind: 'none' };
  return { kind: 'named', name: rest, strong: /\d|one/.test(word), hint };
}

/** "Reyes, Dana" → "Dana Reyes"; drops a bracketed suffix ("Lee Okafor [UK]", "Ana (she/her)"). */
export function displayName(shown: string): string {
  const plain = shown
    .replace(/\s*[[(][^\])]*[\])]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = plain.split(',').map((part) => part.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : plain;
}

/** A name as written in a title and a display name for the same person: "Dana" and "Dana Reyes". */
export function namesMatch(titleName: string, fullName: string): boolean {
  const a = words(titleName);
  const b = words(displayName(fullName));
  if (a.length === 0 || b.length === 0) return false;
  if (a.length === 1) return b[0] === a[0];
  return [...a].sort().join(' ') === [...b].sort().join(' ');
}
