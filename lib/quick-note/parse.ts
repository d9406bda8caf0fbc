import type { Person, QuickNoteKind } from '../model';

/**
 * Reads what was typed in the popup's quick-note box: what it is and for whom.
 * Two shortcuts live in the text itself, so a note can be filed without leaving the keyboard:
 * - a leading `! ` makes it a need, a leading `? ` a question (the picked kind otherwise);
 * - `@name` files it for that person (first name, full name without spaces, or an alias;
 *   case and accents ignored). A mention that matches nobody, or several people, stays in the
 *   text and the picked person is used.
 */

/** One entry may hold at most this many characters; longer text stays in the box, unfiled. */
export const QUICK_NOTE_MAX_CHARS = 10_000;

export const KIND_PREFIXES: Readonly<Record<string, QuickNoteKind>> = { '!': 'need', '?': 'question' };

export interface QuickNoteChoice {
  /** The kind picked with the buttons (or Alt+1/2/3). */
  kind: QuickNoteKind;
  /** The person picked in the list; '' for nobody in particular. */
  personId: string;
}

export interface ParsedQuickNote {
  kind: QuickNoteKind;
  /** '' when the note is for nobody in particular. */
  personId: string;
  /** What gets filed: the text without its kind prefix and matched mention. */
  text: string;
  /** How the kind was decided, so the preview can say so. */
  kindFrom: 'prefix' | 'choice';
  personFrom: 'mention' | 'choice';
  /** A mention that matched nobody (or several people), as typed, e.g. `@jo`. */
  unmatchedMention?: string;
}

/** Lower case without accents: "Núñez" and "nunez" are the same person to someone typing fast. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words a person answers to after an `@`: any word of their name, the whole name joined up, aliases. */
export function handlesOf(person: Person): string[] {
  const name = foldName(person.name);
  const words = name.split(/\s+/).filter(Boolean);
  const handles = [...words, words.join(''), words.join('-'), words.join('.'), words.join('_')];
  for (const alias of person.aliases) {
    const folded = foldName(alias).split(/\s+/).filter(Boolean);
    handles.push(folded.join(''), folded.join('-'));
  }
  return [...new Set(handles.filter(Boolean))];
}

/** Everyone an `@handle` could mean: exact handles first; failing that, people whose handle starts with it. */
export function matchMention(handle: string, people: readonly Person[]): Person[] {
  const wanted = foldName(handle);
  if (!wanted) return [];
  const exact = people.filter((person) => handlesOf(person).includes(wanted));
  if (exact.length) return exact;
  return people.filter((person) => handlesOf(person).some((h) => h.startsWith(wanted)));
}

// An @ at the start or after a space (so "dana@example.com" is not a mention), then the handle.
const MENTION = /(^|\s)@([\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*)/u;

export function parseQuickNote(raw: string, choice: QuickNoteChoice, people: readonly Person[]): ParsedQuickNote {
  let text = raw.trim();
  let kind = choice.kind;
  let kindFrom: ParsedQuickNote['kindFrom'] = 'choice';
  const prefix = text.match(/^([!?])(?:\s+|$)/);
  const prefixKind = prefix?.[1] ? KIND_PREFIXES[prefix[1]] : undefined;
  if (prefix && prefixKind) {
    kind = prefixKind;
    kindFrom = 'prefix';
    text = text.slice(prefix[0].length);
  }

  let personId = choice.personId;
  let personFrom: ParsedQuickNote['personFrom'] = 'choice';
  let unmatchedMention: string | undefined;
  const mention = text.match(MENTION);
  if (mention?.[2] !== undefined) {
    // A handle may end a sentence ("ask @dana."): trailing punctuation is not part of it.
    const handle = mention[2].replace(/[._-]+$/, '');
    const found = matchMention(handle, people);
    if (found.length === 1 && found[0]) {
      personId = found[0].id;
      personFrom = 'mention';
      const start = (mention.index ?? 0) + (mention[1]?.length ?? 0);
      const before = text.slice(0, start);
      let after = text.slice(start + 1 + handle.length);
      // "@dana: budget" and "@dana, budget" file "budget".
      if (!before.trim()) after = after.replace(/^[.,:;]+/, '');
      // Leading ("@dana budget") or after a finished sentence ("…for you? @dana") the mention
      // only routes the note and goes; inside a sentence ("ask @dana first", "for @dana") it is
      // part of what was said, so only the @ goes.
      const routesOnly = !before.trim() || (!after.trim() && /[.?!:;,]\s*$/.test(before));
      // (Routing-only means one side is blank, so what is left is the other side.)
      text = (routesOnly ? (before.trim() ? before : after) : `${before}${handle}${after}`).trim();
    } else {
      unmatchedMention = `@${handle}`;
    }
  }
  const parsed: ParsedQuickNote = { kind, personId, text, kindFrom, personFrom };
  if (unmatchedMention) parsed.unmatchedMention = unmatchedMention;
  return parsed;
}

/** Characters as a person counts them: an emoji is one, not two UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export type QuickNoteProblem =
  | { kind: 'empty' }
  | { kind: 'too-long'; length: number }
  | { kind: 'needs-person'; what: 'need' | 'question' };

/** Why a parsed note cannot be filed yet, or null when it can. The text always stays in the box. */
export function quickNoteProblem(parsed: ParsedQuickNote): QuickNoteProblem | null {
  if (!parsed.text.trim()) return { kind: 'empty' };
  const length = characterCount(parsed.text);
  if (length > QUICK_NOTE_MAX_CHARS) return { kind: 'too-long', length };
  if (parsed.kind !== 'note' && !parsed.personId) return { kind: 'needs-person', what: parsed.kind };
  return null;
}
