import { describe, expect, test } from 'vitest';
import { parseOutlookLabel, parseOutlookLabelDetails } from '../../../lib/calendar/outlook-label';
import type { ParsedLabel } from '../../../lib/calendar/types';
import { describeCorpus } from '../../support/corpus-tests';

const HINT = 'fix the patterns in lib/calendar/outlook-label.ts — the format and its sources are in its header comment';

describe('parseOutlookLabel: labels read in full', () => {
  test.each<[string, Partial<ParsedLabel>]>([
    [
      'Meeting icon, Dana / Sam, 1:05 PM to 2:15 PM, Tuesday, March 10, 2026, By Dana Reyes, Busy',
      {
        title: 'Dana / Sam',
        organizer: 'Dana Reyes',
        start: '2026-03-10T13:05',
        end: '2026-03-10T14:15',
        allDay: false,
        response: null,
        cancelled: false,
      },
    ],
    [
      'Dana / Sam, 15:30 to 17:00, Tuesday, March 10, 2026, By Dana Reyes, Busy',
      { start: '2026-03-10T15:30', end: '2026-03-10T17:00' },
    ],
    [
      'Budget, Q3, planning, 9:00 AM to 10:00 AM, Wednesday, March 11, 2026, Room 4, Building 2, By Dana Reyes, Tentative',
      { title: 'Budget, Q3, planning', organizer: 'Dana Reyes', start: '2026-03-11T09:00' },
    ],
    [
      'Late deploy, 11:00 PM to 1:00 AM, Tuesday, March 10, 2026, By Sam Patel, Free',
      { start: '2026-03-10T23:00', end: '2026-03-11T01:00' },
    ],
    [
      'Canceled: Dana / Sam, 1:00 PM to 1:30 PM, Tuesday, March 10, 2026, By Dana Reyes, Free',
      { title: 'Dana / Sam', cancelled: true, response: null },
    ],
    [
      'Cancelled: Dana / Sam, 1:00 PM to 1:30 PM, Tuesday, March 10, 2026, By Dana Reyes, Free',
      { title: 'Dana / Sam', cancelled: true },
    ],
    [
      'Declined: Team sync, 1:00 PM to 1:30 PM, Tuesday, March 10, 2026, By Dana Reyes, Free',
      { title: 'Team sync', cancelled: true, response: 'declined' },
    ],
    [
      'Meeting icon, Canceled: Team sync, 1:00 PM to 1:30 PM, Tuesday, March 10, 2026, By Dana Reyes, Free',
      { title: 'Team sync', cancelled: true },
    ],
    [
      'Focus, 8:00 AM to 9:00 AM, Monday, March 9, 2026, By Sam Patel, Working elsewhere',
      { title: 'Focus', start: '2026-03-09T08:00' },
    ],
    ['Trip, 8:00 AM to 9:00 AM, Monday, March 9, 2026, By Sam Patel, Out of office', { title: 'Trip' }],
    [
      'Focus, 8:00 AM to 9:00 AM, Monday, March 9, 2026, By Sam Patel, Away',
      { title: 'Focus', organizer: 'Sam Patel' },
    ],
    [
      'Focus, 8:00 AM to 9:00 AM, Monday, March 9, 2026',
      { title: 'Focus', organizer: null, start: '2026-03-09T08:00' },
    ],
    ['Dana / Sam, 1:00 PM to 1:30 PM, Tuesday, 10 March 2026, By Dana Reyes, Busy', { start: '2026-03-10T13:00' }],
    [
      'Public holiday, All day, Monday, March 9, 2026, By Sam Patel, Free',
      { title: 'Public holiday', allDay: true, start: '2026-03-09', end: '2026-03-09' },
    ],
    [
      'Offsite, all day event, Monday, March 9, 2026 to Wednesday, March 11, 2026, By Dana Reyes, Busy',
      { title: 'Offsite', allDay: true, start: '2026-03-09', end: '2026-03-11' },
    ],
    [
      'Flight, 11:00 PM, Monday, March 9, 2026 to 6:00 AM, Tuesday, March 10, 2026, By Sam Patel, Busy',
      { title: 'Flight', start: '2026-03-09T23:00', end: '2026-03-10T06:00' },
    ],
  ])('%s', (label, expected) => {
    expect(parseOutlookLabel(label), `parseOutlookLabel(${JSON.stringify(label)}): ${HINT}`).toMatchObject(expected);
  });
});

describe('parseOutlookLabelDetails: extras used for series ids', () => {
  test.each<[string, { location: string | null; status: string | null; recurring: boolean }]>([
    [
      'Dana / Sam, 1:05 PM to 2:15 PM, Tuesday, March 10, 2026, Room 4, By Dana Reyes, Busy',
      { location: 'Room 4', status: 'Busy', recurring: false },
    ],
    [
      'Dana / Sam, 1:05 PM to 2:15 PM, Tuesday, March 10, 2026, By Dana Reyes, Busy, Recurring event',
      { location: null, status: 'Busy', recurring: true },
    ],
    [
      'Recurring meeting icon, Dana / Sam, 1:05 PM to 2:15 PM, Tuesday, March 10, 2026, By Dana Reyes, Busy',
      { location: null, status: 'Busy', recurring: true },
    ],
  ])('%s', (label, expected) => {
    expect(parseOutlookLabelDetails(label), HINT).toMatchObject(expected);
  });
});

describe('parseOutlookLabel: unreadable labels give a title and NO time', () => {
  test.each<[string, string | undefined, string]>([
    ['Réunion, 15:00 à 16:00, mardi 10 mars 2026, Par Dana Reyes, Occupé', undefined, 'Réunion'],
    ['Besprechung, 15:00 bis 16:00, Dienstag, 10. März 2026, Von Dana Reyes, Gebucht', 'Besprechung', 'Besprechung'],
    ['Ambiguous, 1 to 2, Tuesday, March 10, 2026, By Sam Patel, Busy', undefined, 'Ambiguous'],
    ['Bad date, 1:00 PM to 2:00 PM, Tuesday, February 30, 2026, By Sam Patel, Busy', undefined, 'Bad date'],
    ['No date at all, By Sam Patel, Busy', undefined, 'No date at all'],
    ['Canceled: Only a subject', undefined, 'Only a subject'],
  ])('%s', (label, visible, title) => {
    const parsed = parseOutlookLabel(label, visible);
    expect(parsed.start, `start of ${JSON.stringify(label)} must be null: ${HINT}`).toBeNull();
    expect(parsed.end).toBeNull();
    expect(parsed.title, 'fallback title should be the visible title or the subject').toBe(title);
  });

  test('a cancel prefix still marks an unreadable label cancelled', () => {
    expect(parseOutlookLabel('Canceled: Only a subject').cancelled).toBe(true);
  });
});

describeCorpus('outlook', parseOutlookLabel);
