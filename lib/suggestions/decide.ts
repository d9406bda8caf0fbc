/**
 * The user's decisions about suggestions, from Upward's own pages: add one as a person, or
 * dismiss it for good (with Undo). Nothing here touches the evidence: the background forgets
 * what a decision settles (lib/background/suggestions.ts).
 */
import { people, settings } from '../db';
import { hasProblems, validatePerson } from '../db/people-admin';
import type { Person, Relation } from '../model';
import type { PersonSuggestion } from './types';

/** Dismissals kept; the oldest go first. Each is a short key, so this stays a few kilobytes. */
export const MAX_DISMISSED = 500;

export type Added = { ok: true; person: Person } | { ok: false; error: string };

/**
 * Adds the suggested person with the relation the user chose. Addresses that cannot be theirs
 * (the user's own, or someone else's already) are left out rather than refusing the whole add.
 */
export async function addSuggestion(suggestion: PersonSuggestion, relation: Relation): Promise<Added> {
  const [everyone, me] = await Promise.all([people.all(), settings.getMe()]);
  const draft = { name: suggestion.name, emails: suggestion.emails, aliases: suggestion.aliases, relation };
  let problems = validatePerson(draft, everyone, me);
  if (problems.emails && !problems.name) {
    draft.emails = draft.emails.filter(
      (email) => !hasProblems(validatePerson({ ...draft, emails: [email] }, everyone, me)),
    );
    problems = validatePerson(draft, everyone, me);
  }
  if (hasProblems(problems)) return { ok: false, error: problems.name ?? problems.emails ?? 'Could not add them.' };
  return { ok: true, person: await people.add(draft) };
}

export async function dismissSuggestion(suggestion: PersonSuggestion): Promise<void> {
  await settings.update('suggestions', (current) => {
    const keep = current.dismissed.filter((key) => !suggestion.dismissKeys.includes(key));
    return { ...current, dismissed: [...keep, ...suggestion.dismissKeys].slice(-MAX_DISMISSED) };
  });
}

export async function undoDismissal(suggestion: PersonSuggestion): Promise<void> {
  await settings.update('suggestions', (current) => ({
    ...current,
    dismissed: current.dismissed.filter((key) => !suggestion.dismissKeys.includes(key)),
  }));
}
