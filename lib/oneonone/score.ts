/**
 * Scoring when the guest list is unknown: title, organizer and recurrence. A title signal is
 * required — organizer and recurrence alone describe every staff meeting your manager runs.
 */
import type { CalendarEvent } from '../calendar/types';
import type { Person } from '../model';
import { isCandidate, notUpwardReason } from './candidates';
import { isNamed, type NameIndex } from './names';
import { fold } from './normalise';
import { isBareOneOnOneTitle, namesPerson, oneOnOneWord } from './title-signals';
import type { Signal } from './types';

/** A candidate needs a title signal AND at least this much evidence. */
export const THRESHOLD = 3;

export const WEIGHTS = {
  'title-pair': 3,
  'title-name-with-word': 3,
  'title-name': 1,
  'title-bare-1on1': 1,
  'organizer-person': 2,
  'organizer-me': 1,
  recurring: 1,
} as const;

export interface PersonScore {
  person: Person;
  score: number;
  hasTitleSignal: boolean;
  signals: Signal[];
}

export function scorePerson(
  event: CalendarEvent,
  person: Person,
  names: NameIndex,
  title = fold(event.title),
): PersonScore {
  const forms = names.of(person);
  const signals: Signal[] = [];
  const add = (kind: keyof typeof WEIGHTS, reason: string) =>
    signals.push({ kind, personId: person.id, weight: WEIGHTS[kind], reason });

  const word = oneOnOneWord(title);
  const organizedByPerson = isNamed(event.organizer, forms);
  if (names.pairs(title, person)) add('title-pair', `title matches "${event.title}"`);
  else if (namesPerson(title, forms) && word) add('title-name-with-word', `title names ${person.name} with "${word}"`);
  else if (namesPerson(title, forms)) add('title-name', `title names ${person.name}`);
  else if (organizedByPerson && isBareOneOnOneTitle(title, names.me.words))
    add('title-bare-1on1', `title "${event.title}" looks like a 1:1`);
  const hasTitleSignal = signals.length > 0;

  if (organizedByPerson) add('organizer-person', `organised by ${person.name}`);
  else if (isNamed(event.organizer, names.me)) add('organizer-me', 'organised by you');
  if (event.recurring) add('recurring', 'recurring series');

  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  return { person, score, hasTitleSignal, signals };
}

export interface ScoreOutcome {
  winner: PersonScore | null;
  reasons: string[];
  signals: Signal[];
}

/** Pick the one upward person the title and organizer point to, or explain why none. */
export function scoreCandidates(event: CalendarEvent, people: readonly Person[], names: NameIndex): ScoreOutcome {
  const title = fold(event.title);
  const scored = people.map((p) => scorePerson(event, p, names, title));
  const named = scored.filter((s) =>
    s.signals.some((sig) => sig.kind.startsWith('title-') && sig.kind !== 'title-bare-1on1'),
  );
  if (named.length >= 2) {
    const names = named.map((s) => s.person.name).join(', ');
    return { winner: null, reasons: [`title names several people (${names}) — not a 1:1`], signals: [] };
  }
  // At most one person can qualify: a title naming two people was rejected above, and a
  // bare "1:1" title only counts for the organizer.
  const best = scored
    .filter((s) => isCandidate(s.person) && s.hasTitleSignal && s.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score)[0];
  if (best) return { winner: best, reasons: best.signals.map((s) => s.reason), signals: best.signals };

  const nonUpward = scored.find((s) => !isCandidate(s.person) && s.hasTitleSignal && s.score >= THRESHOLD);
  if (nonUpward) return { winner: null, reasons: [notUpwardReason(nonUpward.person)], signals: nonUpward.signals };

  const closest = scored.filter((s) => isCandidate(s.person) && s.score > 0).sort((a, b) => b.score - a.score)[0];
  const why = closest ? closest.signals.map((s) => s.reason) : [];
  return {
    winner: null,
    reasons: [...why, 'not enough signs of a 1:1 with your manager, skip-level or mentor'],
    signals: closest?.signals ?? [],
  };
}
