import { describe, expect, test } from 'vitest';
import { meantToBringUpMarkdown } from '../../../lib/history/brought-up';
import { evidenceMarkdown } from '../../../lib/history/evidence';
import { lastHeld, moodOverTime, needsLedger, timeline } from '../../../lib/history/timeline';
import { wallTimeToMs } from '../../../lib/wall-time';
import { commitment, DANA, meeting, need, question } from '../../support/records';

const at = (wall: string) => wallTimeToMs(wall) as number;
const NOW = at('2026-03-20T12:00');
const DAY = 86_400_000;

const held = meeting({
  id: 'm1',
  start: '2026-03-10T15:00',
  end: '2026-03-10T15:30',
  notes: 'Roadmap talk',
  ticks: ['c1', 'gone'],
  mood: 4,
});
const cancelled = meeting({
  id: 'm2',
  start: '2026-03-17T15:00',
  end: '2026-03-17T15:30',
  cancelled: true,
  notes: 'Offsite',
});
const ahead = meeting({ id: 'm3', start: '2026-03-24T15:00', end: '2026-03-24T15:30' });
const raisedThere = need({
  id: 'n1',
  text: 'Feedback',
  status: 'raised',
  createdAt: at('2026-03-01T09:00'),
  history: [
    { status: 'open', at: at('2026-03-01T09:00') },
    { status: 'raised', at: at('2026-03-10T15:20'), meetingId: 'm1' },
  ],
});
const metThere = need({
  id: 'n2',
  text: 'Budget for training',
  status: 'met',
  createdAt: at('2026-02-01T09:00'),
  history: [
    { status: 'open', at: at('2026-02-01T09:00') },
    { status: 'met', at: at('2026-03-10T15:25'), meetingId: 'm1' },
  ],
});
const records = {
  meetings: [held, cancelled, ahead],
  needs: [raisedThere, metThere],
  questions: [question({ id: 'q1', status: 'answered', answer: 'Yes', meetingId: 'm1' })],
  commitments: [
    commitment({
      id: 'k1',
      meetingId: 'm1',
      text: 'Send the doc',
      status: 'done',
      closedAt: at('2026-03-12T10:00'),
      closedMeetingId: 'm2',
    }),
    commitment({
      id: 'k2',
      meetingId: 'm1',
      owner: 'them',
      text: 'Ask finance',
      status: 'done',
      closedAt: at('2026-03-15T10:00'),
    }),
  ],
  notes: [
    { id: 't1', text: 'Between meetings', createdAt: at('2026-03-12T09:00'), personId: 'dana', win: true },
    { id: 't2', text: 'Filed under m1', createdAt: at('2026-03-10T15:10'), personId: 'dana', meetingId: 'm1' },
  ],
  checklist: [{ id: 'c1', text: 'See the person', order: 0, enabled: true }],
};

describe('the timeline', () => {
  test('past 1:1s and notes between them, newest first, with what happened in each', () => {
    const entries = timeline(records, NOW);
    expect(entries.map((e) => (e.kind === 'meeting' ? e.meeting.id : e.note.id))).toEqual(['m2', 't1', 'm1']);
    const first = entries.find((e) => e.kind === 'meeting' && e.meeting.id === 'm1');
    if (first?.kind !== 'meeting') throw new Error('no m1');
    expect(first.state).toBe('held');
    expect(first.ticks).toEqual(['See the person', 'a removed checklist item']);
    expect(first.raised.map((n) => n.id)).toEqual(['n1']);
    expect(first.met.map((n) => n.id)).toEqual(['n2']);
    expect(first.asked.map((q) => q.id)).toEqual(['q1']);
    expect(first.made.map((c) => c.id)).toEqual(['k1', 'k2']);
    expect(first.notes.map((n) => n.id)).toEqual(['t2']);
    const second = entries[0];
    expect(second?.kind === 'meeting' && second.state).toBe('cancelled');
    expect(second?.kind === 'meeting' && second.closed.map((c) => c.id)).toEqual(['k1']);
  });

  test('last time is the last 1:1 that took place, not a cancelled or coming one', () => {
    expect(lastHeld(records.meetings, NOW)?.id).toBe('m1');
  });

  test('the needs ledger: still to raise first; days waited; 1:1s raised in', () => {
    const rows = needsLedger(records.needs, records.meetings, NOW);
    expect(rows.map((r) => [r.need.id, r.days, r.raised, r.waited])).toEqual([
      ['n1', 19, 1, 1],
      ['n2', Math.floor((at('2026-03-10T15:25') - at('2026-02-01T09:00')) / DAY), 0, 0],
    ]);
  });

  test('mood over time, oldest first, only wrap-ups that gave one', () => {
    expect(moodOverTime(records.meetings)).toEqual([{ at: at('2026-03-10T15:30'), mood: 4, meetingId: 'm1' }]);
  });
});

describe('evidence for reviews', () => {
  const source = {
    person: {
      ...DANA,
      about: { goals: 'SECRET goals', pressures: 'SECRET pressure', style: 'SECRET', needsFromMe: 'SECRET' },
    },
    needs: records.needs,
    commitments: records.commitments,
    meetings: [{ ...held, win: true }],
    notes: records.notes,
  };

  test.each([
    [
      'the whole month',
      { from: '2026-03-01', to: '2026-03-31' },
      ['Budget for training', 'Send the doc', 'Ask finance', 'Between meetings', 'Roadmap talk'],
      [],
    ],
    [
      'a range that ends before the wins',
      { from: '2026-03-01', to: '2026-03-11' },
      ['Budget for training', 'Roadmap talk'],
      ['Send the doc', 'Between meetings'],
    ],
    [
      'a range with nothing in it',
      { from: '2025-01-01', to: '2025-01-31' },
      ['Nothing met, delivered or marked as a win'],
      ['Budget'],
    ],
  ])('%s', (_name, range, present, absent) => {
    const markdown = evidenceMarkdown([source], range);
    for (const words of present) expect(markdown).toContain(words);
    for (const words of absent) expect(markdown).not.toContain(words);
    // "About them" is never read, so it can never be in the file.
    expect(markdown).not.toContain('SECRET');
  });

  test('yours and theirs are told apart', () => {
    const markdown = evidenceMarkdown([source], { from: '2026-03-01', to: '2026-03-31' });
    expect(markdown).toMatch(/### What I delivered\n\n- Send the doc/);
    expect(markdown).toMatch(/### What Dana Reyes delivered\n\n- Ask finance/);
  });
});

describe('what I meant to bring up', () => {
  test('needs still to raise, open questions and the notes; escaped; nothing else', () => {
    const markdown = meantToBringUpMarkdown({
      personName: 'Dana Reyes',
      meeting: cancelled,
      needs: [raisedThere, metThere, need({ id: 'n3', text: '*Clarity* on the path' })],
      questions: [
        question({ text: 'What keeps you up?' }),
        question({ id: 'q9', text: 'Asked already', status: 'asked' }),
      ],
      now: NOW,
    });
    expect(markdown).toContain('Hi Dana,');
    expect(markdown).toContain('- Feedback\n- \\*Clarity\\* on the path');
    expect(markdown).toContain('- What keeps you up?');
    expect(markdown).toContain('Offsite');
    expect(markdown).not.toContain('Budget for training');
    expect(markdown).not.toContain('Asked already');
  });
});
