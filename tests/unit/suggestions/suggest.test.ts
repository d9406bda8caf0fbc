import { describe, expect, test } from 'vitest';
import type { Me, Person } from '../../../lib/model';
import { suggest } from '../../../lib/suggestions/suggest';
import type { CalendarEvidence, MeSuggestion } from '../../../lib/suggestions/types';
import { account, evidence, NOBODY, seen, WEEKLY } from '../../support/evidence';
import { ME, person } from '../../support/records';

interface Case {
  evidence: CalendarEvidence;
  me?: Me;
  people?: Person[];
  dismissed?: string[];
  /** [name, relation, evidence] of each suggestion, best first. */
  expected: [string, Person['relation'], string][];
  expectedMe?: Partial<MeSuggestion> | null;
}

const danaSam = seen('Dana / Sam', { organizer: 'Dana Reyes', ...WEEKLY });

const CASES: [string, Case][] = [
  [
    'the signed-in account and a weekly "Dana / Sam" organised by Dana',
    {
      evidence: evidence([danaSam], account('Sam Patel', 'sam@example.com')),
      expected: [['Dana Reyes', 'manager', "weekly, 'Dana / Sam', organised by Dana Reyes"]],
      expectedMe: { name: 'Sam Patel', emails: ['sam@example.com'], from: 'account' },
    },
  ],
  [
    'one occurrence seen says only "recurring"',
    {
      evidence: evidence([seen('Dana / Sam', { organizer: 'Dana Reyes' })], account('Sam Patel', null)),
      expected: [['Dana Reyes', 'manager', "recurring, 'Dana / Sam', organised by Dana Reyes"]],
    },
  ],
  [
    'nobody known: the organizer of a pair title is the other person',
    {
      evidence: evidence([seen('Dana / Sam', { organizer: 'Reyes, Dana' })]),
      expected: [['Dana Reyes', 'manager', "recurring, 'Dana / Sam', organised by Dana Reyes"]],
      expectedMe: null,
    },
  ],
  [
    'your name from the titles it pairs with others, then the people it pairs you with',
    {
      evidence: evidence([
        seen('Dana / Sam', { organizer: 'Dana Reyes', ...WEEKLY }),
        seen('Sam <> Lee skip-level', { organizer: 'Lee Okafor', days: ['2026-03-12'] }),
        seen('1:1 Ana', { organizer: 'Sam Patel' }),
      ]),
      expected: [
        ['Dana Reyes', 'manager', "weekly, 'Dana / Sam', organised by Dana Reyes"],
        ['Lee Okafor', 'skip-level', "recurring, 'Sam <> Lee skip-level', organised by Lee Okafor"],
        ['Ana', 'other', "recurring, '1:1 Ana', organised by you"],
      ],
      expectedMe: { name: 'Sam', emails: [], from: 'titles' },
    },
  ],
  [
    'a guest list of exactly you and them, whatever the title',
    {
      me: ME,
      evidence: evidence([
        seen('Weekly', { organizer: 'Dana Reyes', guests: ['dana.reyes@example.com', 'sam@example.com'] }),
      ]),
      expected: [
        [
          'Dana Reyes',
          'manager',
          "recurring, 'Weekly', organised by Dana Reyes, only you and dana.reyes@example.com invited",
        ],
      ],
      expectedMe: null,
    },
  ],
  [
    'a guest list with nothing better names them by their address',
    {
      me: ME,
      evidence: evidence([
        seen('Catch-up', { organizer: 'Sam Patel', guests: ['lee.okafor@example.com', 'sam@example.com'] }),
      ]),
      expected: [
        ['Lee Okafor', 'other', "recurring, 'Catch-up', organised by you, only you and lee.okafor@example.com invited"],
      ],
    },
  ],
  [
    'frequent organizers of bare 1:1s, in one suggestion',
    {
      me: ME,
      evidence: evidence([
        seen('1:1', { organizer: 'Lee Okafor', ...WEEKLY }),
        seen('Weekly sync', { organizer: 'Lee Okafor' }),
      ]),
      expected: [['Lee Okafor', 'manager', "weekly, '1:1', organised by Lee Okafor, and 1 other meeting"]],
    },
  ],
  [
    'a first name from one title joins the full name from another',
    {
      me: ME,
      evidence: evidence([
        seen('Mentoring: Ana / Sam', { organizer: 'Ana María Núñez' }),
        seen('1:1 Ana', { organizer: 'Sam Patel' }),
      ]),
      expected: [
        [
          'Ana María Núñez',
          'mentor',
          "recurring, 'Mentoring: Ana / Sam', organised by Ana María Núñez, and 1 other meeting",
        ],
      ],
    },
  ],
  [
    'ranked: a weekly pair organised by them before a title that only names someone',
    {
      me: ME,
      evidence: evidence([
        seen('Ana 1:1', { organizer: 'Sam Patel' }),
        seen('Dana / Sam', { organizer: 'Dana Reyes', ...WEEKLY }),
      ]),
      expected: [
        ['Dana Reyes', 'manager', "weekly, 'Dana / Sam', organised by Dana Reyes"],
        ['Ana', 'other', "recurring, 'Ana 1:1', organised by you"],
      ],
    },
  ],
  [
    'someone already set up is not suggested',
    {
      me: ME,
      people: [person('dana', 'Dana Reyes', 'manager')],
      evidence: evidence([danaSam, seen('Sam <> Lee skip-level', { organizer: 'Lee Okafor' })]),
      expected: [['Lee Okafor', 'skip-level', "recurring, 'Sam <> Lee skip-level', organised by Lee Okafor"]],
    },
  ],
  [
    'with a manager already set up, a new suggestion is not guessed to be another',
    {
      me: ME,
      people: [person('dana', 'Dana Reyes', 'manager')],
      evidence: evidence([seen('Kim / Sam', { organizer: 'Kim Lau' })]),
      expected: [['Kim Lau', 'other', "recurring, 'Kim / Sam', organised by Kim Lau"]],
    },
  ],
  [
    'someone set up under an alias, or by address, is not suggested',
    {
      me: ME,
      people: [
        person('dana', 'Dana Reyes', 'manager', ['DR']),
        person('lee', 'Lee Okafor', 'skip-level', [], { emails: ['lee@example.com'] }),
      ],
      evidence: evidence([
        seen('DR / Sam', { organizer: 'Sam Patel' }),
        seen('Sync', { organizer: 'Lee', guests: ['lee@example.com', 'sam@example.com'] }),
      ]),
      expected: [],
    },
  ],
  [
    'a dismissed suggestion stays dismissed',
    {
      me: ME,
      dismissed: ['name:dana reyes'],
      evidence: evidence([danaSam]),
      expected: [],
    },
  ],
  [
    'dismissed by the name a title gave, still dismissed once the organizer gives the full name',
    {
      me: ME,
      dismissed: ['name:dana'],
      evidence: evidence([danaSam]),
      expected: [],
    },
  ],
  [
    'you are never suggested',
    {
      me: ME,
      evidence: evidence([seen('Sam 1:1', { organizer: 'Sam Patel' }), seen('1:1', { organizer: 'Sam Patel' })]),
      expected: [],
    },
  ],
  [
    'not a person: a weak 1:1 word naming what its organizer is not, or a one-off "1:1 Roadmap"',
    {
      me: ME,
      evidence: evidence([
        seen('Project Apollo sync', { organizer: 'Lee Okafor' }),
        seen('1:1 Roadmap', { organizer: 'Sam Patel', recurring: false }),
      ]),
      expected: [],
    },
  ],
  [
    'a series whose guest list showed three people is not a 1:1',
    {
      me: ME,
      evidence: evidence([seen('Dana / Sam', { organizer: 'Dana Reyes', crowd: true })]),
      expected: [],
    },
  ],
  [
    'pair titles that do not include you are someone else’s',
    {
      me: ME,
      evidence: evidence([seen('Dana / Lee', { organizer: 'Dana Reyes' })]),
      expected: [],
    },
  ],
  [
    'your address: the one on every two-guest list',
    {
      evidence: evidence([
        seen('Weekly', { organizer: 'Dana Reyes', guests: ['dana@example.com', 'sam@example.com'] }),
        seen('Monthly', { organizer: 'Lee Okafor', guests: ['lee@example.com', 'sam@example.com'] }),
      ]),
      expected: [
        [
          'Dana Reyes',
          'manager',
          "recurring, 'Weekly', organised by Dana Reyes, only you and dana@example.com invited",
        ],
        ['Lee Okafor', 'other', "recurring, 'Monthly', organised by Lee Okafor, only you and lee@example.com invited"],
      ],
      expectedMe: { name: '', emails: ['sam@example.com'], from: 'guests' },
    },
  ],
];

describe('suggest', () => {
  test.each(CASES)('%s', (_name, c) => {
    const result = suggest({
      evidence: c.evidence,
      me: c.me ?? NOBODY,
      people: c.people ?? [],
      dismissed: new Set(c.dismissed ?? []),
    });
    expect(result.people.map((s) => [s.name, s.relation, s.evidence])).toEqual(c.expected);
    if (c.expectedMe === null) expect(result.me).toBeNull();
    else if (c.expectedMe) expect(result.me).toMatchObject(c.expectedMe);
  });

  test('what the user decided about is evidence to forget; what is still open is kept', () => {
    const lee = seen('Sam <> Lee skip-level', { organizer: 'Lee Okafor' });
    const result = suggest({
      evidence: evidence([danaSam, lee]),
      me: ME,
      people: [person('dana', 'Dana Reyes', 'manager')],
      dismissed: new Set(),
    });
    expect(result.settled).toEqual([danaSam.seriesId]);
    expect(result.people[0]?.seriesIds).toEqual([lee.seriesId]);
  });

  test('a dismissal remembers every name and address the suggestion showed', () => {
    const [dana] = suggest({
      evidence: evidence([
        seen('Dana / Sam', { organizer: 'Dana Reyes', guests: ['dana@example.com', 'sam@example.com'] }),
      ]),
      me: ME,
      people: [],
      dismissed: new Set(),
    }).people;
    expect(dana?.dismissKeys).toEqual(['email:dana@example.com', 'name:dana', 'name:dana reyes']);
  });

  test('the same evidence gives the same suggestions in the same order', () => {
    const input = {
      evidence: evidence([seen('Ana 1:1', { organizer: 'Sam Patel' }), danaSam, seen('1:1 Kim', {})]),
      me: ME,
      people: [],
      dismissed: new Set<string>(),
    };
    const reversed = { ...input, evidence: evidence([...input.evidence.series].reverse()) };
    expect(suggest(reversed).people).toEqual(suggest(input).people);
  });
});

test('equal evidence lists the manager first, then skip-level, then mentor', () => {
  const result = suggest({
    evidence: evidence([
      seen('Mentoring: Ana / Sam', { organizer: 'Ana María Núñez' }),
      seen('Sam <> Lee skip-level', { organizer: 'Lee Okafor' }),
      seen('Dana / Sam', { organizer: 'Dana Reyes' }),
    ]),
    me: ME,
    people: [],
    dismissed: new Set(),
  });
  expect(result.people.map((s) => [s.name, s.relation])).toEqual([
    ['Dana Reyes', 'manager'],
    ['Lee Okafor', 'skip-level'],
    ['Ana María Núñez', 'mentor'],
  ]);
});
