/** Who can be on the other side of an upward 1:1. */
import type { Person, Relation } from '../model';

/**
 * Only these relations yield a 1:1. People marked 'other' are kept so reasons can name them
 * ("Dan Brown is not marked manager, skip-level or mentor"), but never become a verdict:
 * Upward prepares upward conversations, and a peer's 1:1 must not trigger prep reminders.
 */
export const UPWARD_RELATIONS: readonly Relation[] = ['manager', 'skip-level', 'mentor'];

export function isCandidate(person: Person): boolean {
  return UPWARD_RELATIONS.includes(person.relation);
}

export function notUpwardReason(person: Person): string {
  return `${person.name} is not marked manager, skip-level or mentor`;
}

export function personByEmail(people: readonly Person[], email: string): Person | undefined {
  const wanted = email.toLowerCase();
  return people.find((p) => p.emails.some((e) => e.toLowerCase() === wanted));
}
