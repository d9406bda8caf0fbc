import { describe, expect, test } from 'vitest';
import { displayName, namesMatch, readTitle, type TitleShape } from '../../../lib/suggestions/titles';

// Title shapes from docs/calendars.md ("What makes a 1:1, elsewhere") and docs/practices.md, plus traps.
const SHAPES: [title: string, shape: TitleShape][] = [
  ['Dana / Sam', { kind: 'pair', sides: ['Dana', 'Sam'], hint: null }],
  ['Dana/Sam', { kind: 'pair', sides: ['Dana', 'Sam'], hint: null }],
  ['Sam <> Lee skip-level', { kind: 'pair', sides: ['Sam', 'Lee'], hint: 'skip-level' }],
  ['Mentoring: Ana / Sam', { kind: 'pair', sides: ['Ana', 'Sam'], hint: 'mentor' }],
  ['Sam:Dana 1on1', { kind: 'pair', sides: ['Sam', 'Dana'], hint: null }],
  ['1:1 Dana & Sam', { kind: 'pair', sides: ['Dana', 'Sam'], hint: null }],
  ['Ian / Ben 1/1', { kind: 'pair', sides: ['Ian', 'Ben'], hint: null }],
  ['Call: Sam + Pat', { kind: 'pair', sides: ['Sam', 'Pat'], hint: null }],
  ['Weekly Dana Reyes | Sam Patel', { kind: 'pair', sides: ['Dana Reyes', 'Sam Patel'], hint: null }],
  ['Mary-Jane / Sam', { kind: 'pair', sides: ['Mary-Jane', 'Sam'], hint: null }],
  ['Ana María x Sam', { kind: 'pair', sides: ['Ana María', 'Sam'], hint: null }],
  ['Dana - Sam', { kind: 'pair', sides: ['Dana', 'Sam'], hint: null }],
  ['1:1 Ana', { kind: 'named', name: 'Ana', strong: true, hint: null }],
  ['Ana 1-on-1', { kind: 'named', name: 'Ana', strong: true, hint: null }],
  ['One on one with Lee', { kind: 'named', name: 'Lee', strong: true, hint: null }],
  ['Dana catch-up', { kind: 'named', name: 'Dana', strong: false, hint: null }],
  ['Skip level with Lee Okafor 1:1', { kind: 'named', name: 'Lee Okafor', strong: true, hint: 'skip-level' }],
  ['1:1', { kind: 'bare', hint: null }],
  ['Weekly sync', { kind: 'bare', hint: null }],
  ['Our 1on1', { kind: 'bare', hint: null }],
  ['Mentoring 1:1', { kind: 'bare', hint: 'mentor' }],
  // Not a 1:1 that names someone:
  ['Team sync', { kind: 'none' }],
  ["Lunch with Dana's team", { kind: 'none' }],
  ['Dana / Lee / Sam', { kind: 'none' }],
  ['Focus time', { kind: 'none' }],
  ['Dana', { kind: 'none' }],
  ['Q3 planning / budget 2026', { kind: 'none' }],
  ['Release window', { kind: 'none' }],
  ['', { kind: 'none' }],
  ['Standup', { kind: 'none' }],
];

describe('readTitle', () => {
  test.each(SHAPES)('%j', (title, shape) => {
    expect(readTitle(title)).toEqual(shape);
  });
});

describe('displayName', () => {
  test.each([
    ['Dana Reyes', 'Dana Reyes'],
    ['Reyes, Dana', 'Dana Reyes'],
    ['Lee Okafor [UK-UK]', 'Lee Okafor'],
    ['Ana Núñez (she/her)', 'Ana Núñez'],
    ['  Sam   Patel ', 'Sam Patel'],
  ])('%j → %j', (shown, expected) => expect(displayName(shown)).toBe(expected));
});

describe('namesMatch', () => {
  test.each([
    ['Dana', 'Dana Reyes', true],
    ['dana', 'Reyes, Dana', true],
    ['Dana Reyes', 'Reyes, Dana', true],
    ['Ana', 'Ana María Núñez', true],
    ['Dan', 'Dana Reyes', false],
    ['Reyes', 'Dana Reyes', false],
    ['Dana Smith', 'Dana Reyes', false],
  ] as const)('%j and %j → %s', (titleName, fullName, expected) => {
    expect(namesMatch(titleName, fullName)).toBe(expected);
  });
});
