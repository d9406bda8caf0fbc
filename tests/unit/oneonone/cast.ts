/** The people and event builder the classifier tests share. */
import { expect } from 'vitest';
import type { CalendarEvent } from '../../../lib/calendar/types';
import type { Me, Person } from '../../../lib/model';
import { classify } from '../../../lib/oneonone/classify';
import type { ClassifyInput, SeriesOverrideRule } from '../../../lib/oneonone/types';
import { calendarEvent } from '../../support/records';

export const me: Me = { name: 'Sam Patel', emails: ['sam@example.com'] };
const person = (
  id: string,
  name: string,
  email: string,
  relation: Person['relation'],
  aliases: string[] = [],
): Person => ({
  id,
  name,
  emails: [email],
  aliases,
  relation,
  createdAt: 0,
  updatedAt: 0,
});
export const dana = person('p-dana', 'Dana Reyes', 'dana@example.com', 'manager', ['DR']);
export const lee = person('p-lee', 'Lee Okafor', 'lee@example.com', 'skip-level');
export const ana = person('p-ana', 'Ana María Núñez', 'ana@example.org', 'mentor');
export const danBrown = person('p-dan', 'Dan Brown', 'dan.brown@example.com', 'other');
export const danielle = person('p-danielle', 'Danielle Kim', 'danielle@example.com', 'other');
export const everyone = [dana, lee, ana, danBrown, danielle];

export const event = (over: Partial<CalendarEvent> = {}): CalendarEvent =>
  calendarEvent({
    id: 'google:ev_20260310T150000Z',
    seriesId: 'google:ev',
    title: 'Untitled',
    organizer: 'Sam Patel',
    response: 'accepted',
    ...over,
  });

export interface Case {
  event: Partial<CalendarEvent>;
  guests?: string[];
  people?: Person[];
  overrides?: Record<string, SeriesOverrideRule>;
  confirmed?: Record<string, string>;
  /** Expected person id, or null for "not a 1:1". */
  want: string | null;
  /** A reason that must be among the verdict's reasons (substring match). */
  because: string;
}

/** Run one table row: the verdict's person and one of its reasons must match. */
export function expectVerdict(c: Case): void {
  const input: ClassifyInput = {
    event: event(c.event),
    guests: c.guests ?? null,
    me,
    people: c.people ?? everyone,
    overrides: new Map(Object.entries(c.overrides ?? {})),
    confirmedSeries: new Map(Object.entries(c.confirmed ?? {})),
  };
  const verdict = classify(input);
  const shown = `verdict ${JSON.stringify(verdict.personId)} because ${JSON.stringify(verdict.reasons)}`;
  expect(verdict.personId, `${shown} — adjust the rule in lib/oneonone/ (see README.md) or this case`).toBe(c.want);
  expect(
    verdict.reasons.some((r) => r.includes(c.because)),
    `${shown} — expected a reason containing ${JSON.stringify(c.because)}`,
  ).toBe(true);
  expect(
    verdict.reasons.every((r) => r.length > 0 && r.length < 200),
    'reasons are short sentences',
  ).toBe(true);
}
