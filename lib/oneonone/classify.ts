/**
 * Is this calendar event a 1:1 with one of the user's upward people? Pure: same input, same
 * verdict, with reasons the UI can show. Rules in order (see README.md):
 * override > event vetoes > guest list > confirmed series > title/organizer/recurrence score.
 */
import type { CalendarEvent } from '../calendar/types';
import type { Person } from '../model';
import { judgeGuests } from './guests';
import { type NameIndex, nameIndex } from './names';
import { fold } from './normalise';
import { scoreCandidates } from './score';
import { groupWord } from './title-signals';
import type { ClassifyInput, SeriesOverrideRule, Verdict } from './types';

export type { ClassifyInput, Verdict } from './types';

export function classify(input: ClassifyInput): Verdict {
  const { event, guests, me, people, overrides, confirmedSeries } = input;
  // Built once per change of people by callers that classify many events (recognise); here only as a fallback.
  const names = input.names ?? nameIndex(me, people);
  const titlesCount = input.titlePatterns !== false;

  const override = overrides.get(event.seriesId);
  if (override?.verdict === 'never') return notOneOnOne('series marked never');
  if (override?.verdict === 'always') return always(override, event, people, titlesCount, names);

  const veto = eventVeto(event);
  if (veto) return notOneOnOne(veto);

  if (guests) {
    const judged = judgeGuests(guests, me, people);
    return {
      personId: judged.personId,
      reasons: [judged.reason],
      signals: [signal(judged.personId ? 'guests' : 'veto', judged.personId, judged.reason)],
    };
  }

  const confirmed = confirmedSeries.get(event.seriesId);
  const confirmedPerson = people.find((p) => p.id === confirmed);
  if (confirmedPerson) {
    const reason = `series confirmed by its guest list (you and ${confirmedPerson.name})`;
    return {
      personId: confirmedPerson.id,
      reasons: [reason],
      signals: [signal('confirmed-series', confirmedPerson.id, reason)],
    };
  }

  if (!titlesCount) return notOneOnOne(TITLES_OFF);

  const group = groupWord(fold(event.title));
  if (group) return notOneOnOne(`title mentions a group ("${group}") — not a 1:1`);

  const outcome = scoreCandidates(event, people, names);
  return { personId: outcome.winner?.person.id ?? null, reasons: outcome.reasons, signals: outcome.signals };
}

/** Things about the event itself that rule out a 1:1 to prepare for, whoever it is with. */
function eventVeto(event: CalendarEvent): string | null {
  if (event.cancelled) return event.response === 'declined' ? 'you declined' : 'cancelled';
  if (event.response === 'declined') return 'you declined';
  if (event.allDay) return 'all-day event — not a meeting';
  if (event.organizer === null && event.calendar) return `from the calendar "${event.calendar}" — not a meeting`;
  return null;
}

/** Said when only the guest list could have decided: the user switched title patterns off. */
export const TITLES_OFF = 'title patterns are off in settings; open the event so its guest list can decide';

/**
 * "Always": the chosen person, else whoever the title/organizer point to (when titles
 * count), else the only upward person.
 */
function always(
  override: SeriesOverrideRule,
  event: CalendarEvent,
  people: Person[],
  titlesCount: boolean,
  names: NameIndex,
): Verdict {
  const chosen = people.find((p) => p.id === override.personId);
  if (chosen) return { personId: chosen.id, reasons: ['series marked always', `with ${chosen.name}`] };
  const scored = titlesCount ? scoreCandidates(event, people, names).winner : null;
  if (scored)
    return { personId: scored.person.id, reasons: ['series marked always', ...scored.signals.map((s) => s.reason)] };
  const upward = people.filter((p) => p.relation !== 'other');
  if (upward.length === 1 && upward[0])
    return { personId: upward[0].id, reasons: ['series marked always', `with ${upward[0].name}`] };
  return notOneOnOne('series marked always, but no person could be picked — choose one for this series');
}

function notOneOnOne(reason: string): Verdict {
  return { personId: null, reasons: [reason], signals: [signal('veto', null, reason)] };
}

function signal(kind: 'veto' | 'guests' | 'confirmed-series', personId: string | null, reason: string) {
  return { kind, personId, weight: 0, reason };
}
