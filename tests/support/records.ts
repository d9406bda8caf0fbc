/**
 * Records as Upward stores them, for tests: typed from lib/model, so a field added there
 * shows up here (and in every test that builds one) at compile time. Each builder gives a
 * plausible record; pass only the fields a test is about.
 */
import type { CalendarEvent } from '../../lib/calendar/types';
import type { Commitment, Meeting, Need, Person, Question } from '../../lib/model';

/** A person; `person('dana', 'Dana Reyes', 'manager', ['DR'])`. */
export function person(
  id: string,
  name: string,
  relation: Person['relation'] = 'other',
  aliases: string[] = [],
  fields: Partial<Person> = {},
): Person {
  return { id, name, emails: [], aliases, relation, createdAt: 1, updatedAt: 1, ...fields };
}

/** The cast most tests use: the user (Sam Patel) has Dana as manager, Lee as skip-level, Ana as mentor. */
export const DANA = person('dana', 'Dana Reyes', 'manager', ['DR'], { emails: ['dana@example.com'] });
export const LEE = person('lee', 'Lee Okafor', 'skip-level', [], { emails: ['lee@example.com'] });
export const ANA = person('ana', 'Ana María Núñez', 'mentor', ['Mari']);
export const DANIEL = person('daniel', 'Daniel Kim');
export const EVERYONE = [DANA, LEE, ANA, DANIEL];
export const ME = { name: 'Sam Patel', emails: ['sam@example.com'] };

/** A recorded 1:1: Dana / Sam on Tuesday 10 March 2026, 15:00–15:30, unless told otherwise. */
export function meeting(fields: Partial<Meeting> = {}): Meeting {
  return {
    id: 'google:m1',
    seriesId: 'google:m',
    title: 'Dana / Sam',
    start: '2026-03-10T15:00',
    end: '2026-03-10T15:30',
    personId: 'dana',
    ticks: [],
    notes: '',
    updatedAt: 0,
    ...fields,
  };
}

/** An event as an adapter reads it off the page (the same Dana / Sam 1:1, unless told otherwise). */
export function calendarEvent(fields: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    site: 'google',
    id: 'google:m1',
    seriesId: 'google:m',
    recurring: false,
    title: 'Dana / Sam',
    organizer: null,
    start: '2026-03-10T15:00',
    end: '2026-03-10T15:30',
    allDay: false,
    response: null,
    cancelled: false,
    ...fields,
  };
}

/** An open need for Dana. */
export function need(fields: Partial<Need> = {}): Need {
  return {
    id: 'need-1',
    personId: 'dana',
    text: 'Feedback on the design doc',
    status: 'open',
    order: 0,
    history: [{ status: 'open', at: 0 }],
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

/** An open question of the user's own, for Dana. */
export function question(fields: Partial<Question> = {}): Question {
  return {
    id: 'question-1',
    personId: 'dana',
    text: 'What would you like to see more of from me?',
    kind: 'mine',
    status: 'open',
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

/** An open commitment the user owes Dana. */
export function commitment(fields: Partial<Commitment> = {}): Commitment {
  return {
    id: 'commitment-1',
    personId: 'dana',
    text: 'Send the design doc',
    owner: 'me',
    status: 'open',
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}
