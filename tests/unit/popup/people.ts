import type { Person } from '../../../lib/model';

/** People as settings stores them, for the popup's tests. */
export function person(
  id: string,
  name: string,
  relation: Person['relation'] = 'other',
  aliases: string[] = [],
): Person {
  return { id, name, emails: [], aliases, relation, createdAt: 1, updatedAt: 1 };
}

export const DANA = person('dana', 'Dana Reyes', 'manager', ['DR']);
export const LEE = person('lee', 'Lee Okafor', 'skip-level');
export const ANA = person('ana', 'Ana María Núñez', 'mentor', ['Mari']);
export const DANIEL = person('daniel', 'Daniel Kim');
export const EVERYONE = [DANA, LEE, ANA, DANIEL];
