import { describe, expect, test } from 'vitest';
import type { Commitment, Need, NeedHistoryEntry, Question } from '../../../lib/model';
import {
  type NeedOutcome,
  needOutcome,
  timesRaised,
  withCommitmentDone,
  withNeedOutcome,
  withQuestionWrapUp,
} from '../../../lib/wrap-up/outcomes';
import { commitment as aCommitment, need as aNeed, question as aQuestion } from '../../support/records';

const M = 'google:this';

/** Fields given as undefined must be absent; the others must match. */
function expectShape(actual: object | undefined, expected: Record<string, unknown>) {
  const present = Object.fromEntries(Object.entries(expected).filter(([, value]) => value !== undefined));
  expect(actual).toMatchObject(present);
  for (const [key, value] of Object.entries(expected)) if (value === undefined) expect(actual).not.toHaveProperty(key);
}
const OTHER = 'google:earlier';
const NOW = 5_000;

const need = (status: Need['status'], history: NeedHistoryEntry[]): Need => aNeed({ status, history });
const opened: NeedHistoryEntry = { status: 'open', at: 1 };
const raisedEarlier: NeedHistoryEntry = { status: 'raised', at: 2, meetingId: OTHER };
const raisedHere: NeedHistoryEntry = { status: 'raised', at: 3, meetingId: M };
const metHere: NeedHistoryEntry = { status: 'met', at: 4, meetingId: M };

describe('a need in the wrap-up', () => {
  test.each<[string, Need, NeedOutcome, Need['status'] | 'unchanged', NeedHistoryEntry[] | 'unchanged']>([
    [
      'open, raised now',
      need('open', [opened]),
      'raised',
      'raised',
      [opened, { status: 'raised', at: NOW, meetingId: M }],
    ],
    ['open, met now', need('open', [opened]), 'met', 'met', [opened, { status: 'met', at: NOW, meetingId: M }]],
    ['open, not this time', need('open', [opened]), 'not-this-time', 'unchanged', 'unchanged'],
    [
      'raised before, raised again: one more 1:1 it was raised in',
      need('raised', [opened, raisedEarlier]),
      'raised',
      'raised',
      [opened, raisedEarlier, { status: 'raised', at: NOW, meetingId: M }],
    ],
    [
      'raised here already: saving again changes nothing',
      need('raised', [opened, raisedHere]),
      'raised',
      'unchanged',
      'unchanged',
    ],
    ['met here already: saving again changes nothing', need('met', [opened, metHere]), 'met', 'unchanged', 'unchanged'],
    [
      'met here, then "not this time": back to how it was before',
      need('met', [opened, raisedEarlier, metHere]),
      'not-this-time',
      'raised',
      [opened, raisedEarlier],
    ],
    [
      'raised here, then met: one met entry for this meeting',
      need('raised', [opened, raisedHere]),
      'met',
      'met',
      [opened, { status: 'met', at: NOW, meetingId: M }],
    ],
  ])('%s', (_name, before, outcome, status, history) => {
    const after = withNeedOutcome(before, outcome, M, NOW);
    if (status === 'unchanged') {
      expect(after).toBeUndefined();
      return;
    }
    expect(after?.status).toBe(status);
    expect(after?.history).toEqual(history === 'unchanged' ? before.history : history);
    expect(after && needOutcome(after, M)).toBe(outcome);
  });

  test.each([
    ['never raised', [opened], 0],
    ['raised in one 1:1', [opened, raisedEarlier], 1],
    ['raised in two', [opened, raisedEarlier, raisedHere], 2],
    ['raised twice in the same 1:1 counts once', [opened, raisedHere, { ...raisedHere, at: 9 }], 1],
    ['raised from another page (no meeting) counts once each', [opened, { status: 'raised', at: 5 }], 1],
    ['met without being raised', [opened, metHere], 0],
  ] as const)('times raised: %s', (_name, history, count) => {
    expect(timesRaised({ history: [...history] })).toBe(count);
  });
});

const question = (extra: Partial<Question> = {}): Question => aQuestion(extra);

describe('a question in the wrap-up', () => {
  test.each<[string, Question, { asked: boolean; answer: string }, Partial<Question> | undefined]>([
    [
      'asked with an answer',
      question(),
      { asked: true, answer: 'Fewer surprises' },
      { status: 'answered', answer: 'Fewer surprises', meetingId: M },
    ],
    ['asked, no answer yet', question(), { asked: true, answer: '' }, { status: 'asked', meetingId: M }],
    ['not asked', question(), { asked: false, answer: '' }, undefined],
    [
      'unticked after being asked here: open again',
      question({ status: 'asked', meetingId: M }),
      { asked: false, answer: '' },
      { status: 'open', meetingId: undefined },
    ],
    [
      'asked in another 1:1 and not here: left alone',
      question({ status: 'answered', meetingId: OTHER, answer: 'x' }),
      { asked: false, answer: 'x' },
      undefined,
    ],
    [
      'same as saved: no write',
      question({ status: 'answered', meetingId: M, answer: 'Yes' }),
      { asked: true, answer: 'Yes' },
      undefined,
    ],
  ])('%s', (_name, before, wrap, expected) => {
    const after = withQuestionWrapUp(before, wrap, M, NOW);
    if (!expected) expect(after).toBeUndefined();
    else expectShape(after, { ...expected, updatedAt: NOW });
  });
});

const commitment = (extra: Partial<Commitment> = {}): Commitment => aCommitment(extra);

describe('a commitment ticked in the wrap-up', () => {
  test.each<[string, Commitment, boolean, Partial<Commitment> | undefined]>([
    ['done now', commitment(), true, { status: 'done', closedAt: NOW, closedMeetingId: M }],
    ['left open', commitment(), false, undefined],
    [
      'unticked after being closed here: open again',
      commitment({ status: 'done', closedAt: 3, closedMeetingId: M }),
      false,
      { status: 'open', closedAt: undefined },
    ],
    [
      'closed elsewhere, not ticked here: left alone',
      commitment({ status: 'dropped', closedAt: 3, closedMeetingId: OTHER }),
      false,
      undefined,
    ],
  ])('%s', (_name, before, done, expected) => {
    const after = withCommitmentDone(before, done, M, NOW);
    if (!expected) expect(after).toBeUndefined();
    else expectShape(after, expected);
  });
});
