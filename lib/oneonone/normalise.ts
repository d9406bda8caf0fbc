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

/** Regex source matching these words in order, as whole words, with any separators between them. */
export function phrasePattern(phrase: readonly string[]): string {
  const escaped = phrase.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return `(?<![\\p{L}\\p{N}])${escaped.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`;
}

/** Wrap a regex body so it only matches whole words (Unicode-aware \b). */
export function wholeWord(body: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * The ways a title may name someone, each as a word sequence: full name, given name(s),
 * first name, and every alias. Longer forms come first so reasons quote the best match.
 */
export function nameForms(name: string, aliases: readonly string[] = []): string[][] {
  const forms: string[][] = [];
  const add = (form: string[]) => {
    if (form.length > 0 && !forms.some((f) => f.join(' ') === form.join(' '))) forms.push(form);
  };
  const full = words(name);
  add(full);
  // Compound given names and dropped middle names: "Ana María", "Ana Núñez" for "Ana María Núñez".
  if (full.length >= 3) {
    add(full.slice(0, 2));
    add([full[0] ?? '', full[full.length - 1] ?? '']);
  }
  add(full.slice(0, 1));
  for (const alias of aliases) add(words(alias));
  return forms;
}

/** Does the folded title contain any of the forms as whole words? Returns the first form found. */
export function findForm(foldedTitle: string, forms: readonly string[][]): string[] | null {
  for (const form of forms) if (new RegExp(phrasePattern(form), 'u').test(foldedTitle)) return form;
  return null;
}

/**
 * Two display names for the same person, in any word order ("Reyes, Dana" = "Dana Reyes").
 * An alias equal to the whole display name also counts.
 */
export function sameName(displayName: string | null, name: string, aliases: readonly string[] = []): boolean {
  if (!displayName) return false;
  const key = (text: string) => [...words(text)].sort().join(' ');
  const shown = key(displayName);
  if (!shown) return false;
  return shown === key(name) || aliases.some((alias) => key(alias) === shown);
}
