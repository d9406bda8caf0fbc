/**
 * The guest list, when the page has shown it, is the strongest signal and decides alone:
 * exactly two guests, the user and one upward person (docs/calendars.md, "What makes a 1:1").
 */
import type { Me, Person } from '../model';
import { isCandidate, notUpwardReason, personByEmail } from './candidates';

export type GuestJudgement = { personId: string; reason: string } | { personId: null; reason: string };

export function judgeGuests(guests: readonly string[], me: Me, people: readonly Person[]): GuestJudgement {
  const list = [...new Set(guests.map((g) => g.trim().toLowerCase()).filter(Boolean))];
  if (list.length > 2) return { personId: null, reason: `${list.length} guests — not a 1:1` };
  if (list.length < 2) return { personId: null, reason: `${list.length === 0 ? 'no' : 'only 1'} guest — not a 1:1` };

  const mine = new Set(me.emails.map((e) => e.toLowerCase()));
  const others = list.filter((g) => !mine.has(g));
  if (others.length !== 1) {
    const hint = mine.size === 0 ? ' (add your email in settings)' : '';
    return { personId: null, reason: `2 guests, but you are not exactly one of them${hint}` };
  }
  const email = others[0] ?? '';
  const person = personByEmail(people, email);
  if (!person) return { personId: null, reason: `2 guests: you and ${email}, who is not one of your people` };
  if (!isCandidate(person))
    return { personId: null, reason: `2 guests: you and ${person.name}; ${notUpwardReason(person)}` };
  return { personId: person.id, reason: `2 guests: you and ${person.name}` };
}
