import { describe, expect, test } from 'vitest';
import type { Meeting, Need, Note, Question } from '../../../lib/model';
import { needsOnCard, previousMeeting, questionsOnCard, quickNotesOnCard, sinceMs } from '../../../lib/prep/card-items';
import { meeting as record } from '../../support/records';

const meeting = (id: string, start: string | null, extra: Partial<Meeting> = {}): Meeting =>
  record({ id, seriesId: 's', title: 't', start, end: null, ...extra });

const need = (id: string, order: number, history: Need['history']): Need => {
  const last = history[history.length - 1];
  return {
    id,
    personId: 'dana',
    text: id,
    status: last?.status ?? 'open',
    order,
    history,
    createdAt: 0,
    updatedAt: 0,
  };
};

describe('the previous 1:1', () => {
  const now = meeting('now', '2025-05-15T10:00');
  test.each([
    {
      why: 'the latest earlier one',
      others: [meeting('a', '2025-05-01T10:00'), meeting('b', '2025-05-08T10:00')],
      expected: 'b',
    },
    { why: 'never a later one', others: [meeting('later', '2025-05-22T10:00')], expected: undefined },
    {
      why: 'not a cancelled one',
      others: [meeting('a', '2025-05-01T10:00'), meeting('c', '2025-05-08T10:00', { cancelled: true })],
      expected: 'a',
    },
    {
      why: 'not one with someone else',
      others: [meeting('lee', '2025-05-08T10:00', { personId: 'lee' })],
      expected: undefined,
    },
    { why: 'not itself', others: [now], expected: undefined },
  ])('$why', ({ others, expected }) => {
    expect(previousMeeting(now, others)?.id).toBe(expected);
  });

  test('a meeting with no time has no previous one, and "since" is forever', () => {
    expect(previousMeeting(meeting('x', null), [meeting('a', '2025-05-01T10:00')])).toBeUndefined();
    expect(sinceMs(undefined)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('needs on the card', () => {
  const since = 1000;
  const all = [
    need('open-late', 2, [{ status: 'open', at: 0 }]),
    need('raised', 1, [
      { status: 'open', at: 0 },
      { status: 'raised', at: 500, meetingId: 'old' },
    ]),
    need('met-here', 0, [
      { status: 'open', at: 0 },
      { status: 'met', at: 2000, meetingId: 'this' },
    ]),
    need('met-before', 3, [
      { status: 'open', at: 0 },
      { status: 'met', at: 500, meetingId: 'old' },
    ]),
    need('dropped-in-popup-since', 4, [
      { status: 'open', at: 0 },
      { status: 'dropped', at: 1500 },
    ]),
    need('dropped-in-popup-long-ago', 5, [
      { status: 'open', at: 0 },
      { status: 'dropped', at: 10 },
    ]),
  ];

  test('open and raised needs carry over in order; resolved ones show where they were resolved', () => {
    const { active, done } = needsOnCard(all, 'this', since);
    expect(active.map((n) => n.id)).toEqual(['raised', 'open-late']);
    expect(done.map((n) => n.id)).toEqual(['met-here', 'dropped-in-popup-since']);
  });

  test('on the next meeting, what was met in this one is gone and what is open is still there', () => {
    const { active, done } = needsOnCard(all, 'next', 3000);
    expect(active.map((n) => n.id)).toEqual(['raised', 'open-late']);
    expect(done).toEqual([]);
  });

  test('a need reopened after being met is active again', () => {
    const reopened = need('reopened', 0, [
      { status: 'open', at: 0 },
      { status: 'met', at: 100, meetingId: 'old' },
      { status: 'open', at: 200, meetingId: 'this' },
    ]);
    expect(needsOnCard([reopened], 'next', 3000).active.map((n) => n.id)).toEqual(['reopened']);
  });
});

describe('questions on the card', () => {
  const q = (id: string, extra: Partial<Question>): Question => ({
    id,
    personId: 'dana',
    text: id,
    kind: 'mine',
    status: 'open',
    createdAt: Number(id.replace(/\D/g, '')) || 0,
    updatedAt: 0,
    ...extra,
  });
  const all = [
    q('open1', {}),
    q('asked2-here', { status: 'asked', meetingId: 'this' }),
    q('answered3-before', { status: 'answered', answer: 'yes', meetingId: 'old' }),
    q('answered4-popup-since', { status: 'answered', answer: 'ok', updatedAt: 2000 }),
    q('answered5-popup-long-ago', { status: 'answered', answer: 'ok', updatedAt: 10 }),
  ];

  test('open ones carry over; asked ones stay with their meeting', () => {
    expect(questionsOnCard(all, 'this', 1000).map((x) => x.id)).toEqual([
      'open1',
      'asked2-here',
      'answered4-popup-since',
    ]);
    expect(questionsOnCard(all, 'next', 3000).map((x) => x.id)).toEqual(['open1']);
  });
});

describe('quick notes on the card', () => {
  const note = (id: string, createdAt: number, extra: Partial<Note> = {}): Note => ({
    id,
    text: id,
    createdAt,
    personId: 'dana',
    ...extra,
  });
  test('for this person since the previous 1:1, or filed against this meeting, newest first', () => {
    const all = [
      note('old', 500),
      note('since', 1500),
      note('newest', 2500),
      note('someone-else', 2000, { personId: 'lee' }),
      note('for-this-meeting', 100, { personId: undefined, meetingId: 'this' }),
    ];
    expect(quickNotesOnCard(all, 'dana', 'this', 1000).map((n) => n.id)).toEqual([
      'newest',
      'since',
      'for-this-meeting',
    ]);
  });
});
