/**
 * Every way the user and their people may be named in a title, compiled once per change of
 * people (the background keeps the index until people or "you" change), never per event. A
 * person counts only their first PERSON_LIMITS.aliases aliases and names up to
 * PERSON_LIMITS.nameChars: a record imported before the limits cannot make classification slow.
 */
import { type Me, PERSON_LIMITS, type Person } from '../model';
import { nameKey, phrasesPattern, words } from './normalise';

/** Separators in pair titles: `Alice / Bob`, `Alice <> Bob`, `Sam:Dana`, `Alice & Bob`, `Sam + Pat`, `A | B`, `A x B`, `A and B`, `A - B`. */
const PAIR_SEPARATOR = '\\s*(?:/|<>|<->|<=>|:|&|\\+|\\||-|–|—|\\s+x|\\s+and|\\s+w/)\\s*';

/** One person's names, compiled. */
export interface CompiledNames {
  /** Word sequences, longest form first (full name, given names, first name, aliases). */
  forms: string[][];
  /** Every word of every form: what a bare "Sam 1on1" title may hold besides 1:1 words. */
  words: ReadonlySet<string>;
  /** Any form, as whole words; null when the person has no usable name. */
  any: RegExp | null;
  /** Source of `any` without its flags, for building pair patterns. */
  source: string | null;
  /** The name and each alias in any word order: an organizer shown as one of these is this person. */
  keys: ReadonlySet<string>;
}

export interface NameIndex {
  me: CompiledNames;
  /** A person's forms (tests, reasons). */
  forms(personId: string): string[][];
  /** The person's names, compiled (built with the index, for every person in it). */
  of(person: Person): CompiledNames;
  /** Does the title pair the user and this person with a pair separator, in either order? */
  pairs(foldedTitle: string, person: Person): boolean;
}

/**
 * Two display names for the same person, in any word order ("Reyes, Dana" = "Dana Reyes").
 * An alias equal to the whole display name also counts.
 */
export function isNamed(displayName: string | null, names: CompiledNames): boolean {
  if (!displayName) return false;
  const shown = nameKey(limit(displayName));
  return shown !== '' && names.keys.has(shown);
}

const limit = (text: string) => text.slice(0, PERSON_LIMITS.nameChars);

/**
 * The ways a title may name someone, each as a word sequence: full name, given name(s),
 * first name, and every alias. Longer forms come first so reasons quote the best match.
 */
export function nameForms(name: string, aliases: readonly string[] = []): string[][] {
  const forms: string[][] = [];
  const seen = new Set<string>();
  const add = (form: string[]) => {
    const key = form.join(' ');
    if (form.length > 0 && !seen.has(key)) {
      seen.add(key);
      forms.push(form);
    }
  };
  const full = words(limit(name));
  add(full);
  // Compound given names and dropped middle names: "Ana María", "Ana Núñez" for "Ana María Núñez".
  if (full.length >= 3) {
    add(full.slice(0, 2));
    add([full[0] ?? '', full[full.length - 1] ?? '']);
  }
  add(full.slice(0, 1));
  for (const alias of aliases.slice(0, PERSON_LIMITS.aliases)) add(words(limit(alias)));
  return forms;
}

export function compileNames(name: string, aliases: readonly string[] = []): CompiledNames {
  const forms = nameForms(name, aliases);
  const source = forms.length ? phrasesPattern(forms) : null;
  const keys = new Set(
    [name, ...aliases.slice(0, PERSON_LIMITS.aliases)].map((text) => nameKey(limit(text))).filter(Boolean),
  );
  return { forms, words: new Set(forms.flat()), any: source ? new RegExp(source, 'u') : null, source, keys };
}

export function nameIndex(me: Me, people: readonly Person[]): NameIndex {
  const mine = compileNames(me.name);
  const compiled = new Map<string, { names: CompiledNames; pair: RegExp | null }>();
  const entry = (person: Person) => {
    let found = compiled.get(person.id);
    if (!found) {
      const names = compileNames(person.name, person.aliases);
      const pair =
        mine.source && names.source
          ? new RegExp(
              `${mine.source}${PAIR_SEPARATOR}${names.source}|${names.source}${PAIR_SEPARATOR}${mine.source}`,
              'u',
            )
          : null;
      found = { names, pair };
      compiled.set(person.id, found);
    }
    return found;
  };
  for (const person of people) entry(person);
  return {
    me: mine,
    forms: (personId) => compiled.get(personId)?.names.forms ?? [],
    of: (person) => entry(person).names,
    pairs: (foldedTitle, person) => entry(person).pair?.test(foldedTitle) ?? false,
  };
}
