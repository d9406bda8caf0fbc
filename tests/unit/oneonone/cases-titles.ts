import { type Case, dana } from './cast';

/** Titles, names and event-level vetoes (guest list unknown). */
export const TITLE_CASES: Array<[string, Case]> = [
  // --- title pairs the user and the person
  [
    'pair "Dana / Sam", organised by Dana, recurring',
    {
      event: { title: 'Dana / Sam', organizer: 'Dana Reyes', recurring: true },
      want: 'p-dana',
      because: 'title matches "Dana / Sam"',
    },
  ],
  ['pair "Dana <> Sam"', { event: { title: 'Dana <> Sam' }, want: 'p-dana', because: 'title matches' }],
  [
    'pair "Sam:Dana 1on1"',
    { event: { title: 'Sam:Dana 1on1' }, want: 'p-dana', because: 'title matches "Sam:Dana 1on1"' },
  ],
  ['pair "Dana & Sam"', { event: { title: 'Dana & Sam' }, want: 'p-dana', because: 'title matches' }],
  ['pair "Call: Sam + Dana"', { event: { title: 'Call: Sam + Dana' }, want: 'p-dana', because: 'title matches' }],
  ['pair in capitals "DANA <> SAM"', { event: { title: 'DANA <> SAM' }, want: 'p-dana', because: 'title matches' }],
  [
    'pair with full names "Sam Patel / Dana Reyes"',
    { event: { title: 'Sam Patel / Dana Reyes' }, want: 'p-dana', because: 'title matches' },
  ],
  [
    'pair with an emoji "🎉 Dana / Sam 1:1 🚀"',
    { event: { title: '🎉 Dana / Sam 1:1 🚀' }, want: 'p-dana', because: 'title matches' },
  ],
  // --- title names the person with a 1:1 word
  [
    '"1:1 Dana" organised by you',
    { event: { title: '1:1 Dana', recurring: true }, want: 'p-dana', because: 'title names Dana Reyes with "1:1"' },
  ],
  ['"Dana 1-on-1"', { event: { title: 'Dana 1-on-1' }, want: 'p-dana', because: '"1-on-1"' }],
  [
    '"Lee 1on1" quotes the word as written',
    { event: { title: 'Lee 1on1' }, want: 'p-lee', because: 'title names Lee Okafor with "1on1"' },
  ],
  ['"One on one with Dana"', { event: { title: 'One on one with Dana' }, want: 'p-dana', because: '"one on one"' }],
  ['"Dana check-in"', { event: { title: 'Dana check-in' }, want: 'p-dana', because: '"check-in"' }],
  ['"Catch-up w/ Dana"', { event: { title: 'Catch-up w/ Dana' }, want: 'p-dana', because: '"catch-up"' }],
  ['alias "DR 1:1"', { event: { title: 'DR 1:1' }, want: 'p-dana', because: 'title names Dana Reyes' }],
  ['alias pair "Sam / DR"', { event: { title: 'Sam / DR' }, want: 'p-dana', because: 'title matches' }],
  [
    'bare "1:1" organised by Dana, recurring',
    {
      event: { title: '1:1', organizer: 'Dana Reyes', recurring: true },
      want: 'p-dana',
      because: 'organised by Dana Reyes',
    },
  ],
  [
    'bare "Weekly sync" organised by Dana, recurring',
    {
      event: { title: 'Weekly sync', organizer: 'Dana Reyes', recurring: true },
      want: 'p-dana',
      because: 'looks like a 1:1',
    },
  ],
  [
    'organizer shown as "Reyes, Dana"',
    { event: { title: 'Sam / Dana', organizer: 'Reyes, Dana' }, want: 'p-dana', because: 'organised by Dana Reyes' },
  ],
  // --- skip-level and mentor
  [
    'skip-level "Lee / Sam skip-level"',
    { event: { title: 'Lee / Sam skip-level', organizer: 'Lee Okafor' }, want: 'p-lee', because: 'title matches' },
  ],
  [
    'mentor "Ana / Sam mentoring"',
    {
      event: { title: 'Ana / Sam mentoring', organizer: 'Ana María Núñez' },
      want: 'p-ana',
      because: 'organised by Ana María Núñez',
    },
  ],
  [
    'mentor without accents "ana maria <> sam"',
    { event: { title: 'ana maria <> sam' }, want: 'p-ana', because: 'title matches' },
  ],
  [
    'mentor with accents in organizer only',
    {
      event: { title: 'Mentoring: Ana Maria Nunez', organizer: 'Ana María Núñez', recurring: true },
      want: 'p-ana',
      because: 'title names Ana María Núñez',
    },
  ],
  // --- traps: groups
  [
    '"Team sync" organised by your manager, recurring',
    { event: { title: 'Team sync', organizer: 'Dana Reyes', recurring: true }, want: null, because: 'group ("team")' },
  ],
  [
    '"Lunch with Dana\'s team"',
    { event: { title: "Lunch with Dana's team", organizer: 'Dana Reyes' }, want: null, because: 'group ("team")' },
  ],
  [
    '"Dana’s staff meeting" (curly apostrophe)',
    { event: { title: 'Dana’s staff meeting', organizer: 'Dana Reyes' }, want: null, because: 'group ("staff")' },
  ],
  [
    '"Sync with Dana\'s org"',
    {
      event: { title: "Sync with Dana's org", organizer: 'Dana Reyes', recurring: true },
      want: null,
      because: 'group ("org")',
    },
  ],
  [
    '"Project sync" organised by Dana is not a bare 1:1 title',
    {
      event: { title: 'Project sync', organizer: 'Dana Reyes', recurring: true },
      want: null,
      because: 'not enough signs',
    },
  ],
  [
    'three people named "Dana / Lee / Sam"',
    { event: { title: 'Dana / Lee / Sam' }, want: null, because: 'several people' },
  ],
  // --- traps: names
  [
    '"Dan / Sam" must not match Dana',
    { event: { title: 'Dan / Sam', organizer: 'Dan Brown' }, people: [dana], want: null, because: 'not enough signs' },
  ],
  [
    '"Dan / Sam" with Dan Brown as relation other',
    { event: { title: 'Dan / Sam', organizer: 'Dan Brown' }, want: null, because: 'Dan Brown is not marked' },
  ],
  [
    '"Danielle / Sam" is not Dana',
    { event: { title: 'Danielle / Sam' }, people: [dana], want: null, because: 'not enough signs' },
  ],
  [
    '"Dr. appointment" does not make the DR alias a 1:1',
    { event: { title: 'Dr. appointment' }, want: null, because: 'not enough signs' },
  ],
  [
    'bare "Sync" organised by you names no one',
    { event: { title: 'Sync', recurring: true }, want: null, because: 'not enough signs' },
  ],
  [
    'no upward people configured',
    { event: { title: 'Dana / Sam' }, people: [], want: null, because: 'not enough signs' },
  ],
  // --- vetoes on the event
  [
    'declined 1:1',
    {
      event: { title: 'Dana / Sam', response: 'declined', organizer: 'Dana Reyes', recurring: true },
      want: null,
      because: 'you declined',
    },
  ],
  [
    'Outlook "Declined:" prefix',
    { event: { title: 'Dana / Sam', response: 'declined', cancelled: true }, want: null, because: 'you declined' },
  ],
  [
    'cancelled 1:1',
    { event: { title: 'Dana / Sam', cancelled: true, response: null }, want: null, because: 'cancelled' },
  ],
  [
    'all-day "Dana / Sam"',
    {
      event: { title: 'Dana / Sam', allDay: true, start: '2026-03-10', end: '2026-03-10' },
      want: null,
      because: 'all-day',
    },
  ],
  [
    'Calendar: row (subscribed calendar)',
    {
      event: { title: 'Dana / Sam', organizer: null, calendar: 'Holidays' },
      want: null,
      because: 'from the calendar "Holidays"',
    },
  ],
];
