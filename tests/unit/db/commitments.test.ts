import { describe, expect, test } from 'vitest';
import { byUrgency, commitmentsOnCard, isOverdue, openCommitments } from '../../../lib/commitments/order';
import { cleanDue, commitments, withStatus } from '../../../lib/db/commitments';
import type { Commitment } from '../../../lib/model';
import { commitment } from '../../support/records';

const TODAY = '2026-03-10';
const c = (id: string, extra: Partial<Commitment> = {}): Commitment =>
  commitment({ id, text: id, createdAt: Number(id.replace(/\D/g, '')) || 0, ...extra });

describe('which commitments come first', () => {
  test.each([
    [
      'overdue before due soon before undated',
      [c('3'), c('2', { due: '2026-03-12' }), c('1', { due: '2026-03-01' })],
      ['1', '2', '3'],
    ],
    ['among overdue, the oldest due first', [c('1', { due: '2026-03-09' }), c('2', { due: '2026-02-01' })], ['2', '1']],
    ['due today is not overdue', [c('1', { due: TODAY }), c('2', { due: '2026-03-09' })], ['2', '1']],
    ['no dates: oldest first', [c('5'), c('4')], ['4', '5']],
    [
      'theirs and yours mix',
      [c('1', { owner: 'them', due: '2026-03-11' }), c('2', { owner: 'me', due: '2026-03-05' })],
      ['2', '1'],
    ],
  ])('%s', (_name, list, order) => {
    expect([...list].sort(byUrgency(TODAY)).map((item) => item.id)).toEqual(order);
  });

  test.each([
    [c('1', { due: '2026-03-09' }), true],
    [c('1', { due: TODAY }), false],
    [c('1'), false],
    [c('1', { due: '2026-03-01', status: 'done' }), false],
  ])('overdue: %o → %s', (commitment, late) => {
    expect(isOverdue(commitment, TODAY)).toBe(late);
  });

  test('the card shows open ones and those closed in this meeting; counts by owner', () => {
    const all = [
      c('1'),
      c('2', { owner: 'them' }),
      c('3', { status: 'done', closedMeetingId: 'm' }),
      c('4', { status: 'done', closedMeetingId: 'x' }),
    ];
    expect(commitmentsOnCard(all, 'm', TODAY)).toMatchObject({
      open: [{ id: '1' }, { id: '2' }],
      closedHere: [{ id: '3' }],
    });
    expect(openCommitments(all)).toEqual({ mine: 1, theirs: 1 });
  });
});

describe('the commitments store', () => {
  test.each([
    ['2026-03-13', '2026-03-13'],
    ['', undefined],
    ['2026-3-1', undefined],
    [undefined, undefined],
  ])('a due date %o is kept as %o', (due, kept) => {
    expect(cleanDue(due)).toBe(kept);
  });

  test('closing stamps when and where; reopening clears it', () => {
    const done = withStatus(c('1'), 'done', 9, 'm');
    expect(done).toMatchObject({ status: 'done', closedAt: 9, closedMeetingId: 'm' });
    const reopened = done && withStatus(done, 'open', 10);
    expect(reopened).not.toHaveProperty('closedAt');
    expect(reopened).not.toHaveProperty('closedMeetingId');
    expect(withStatus(c('1'), 'open', 1)).toBeUndefined();
  });

  test('add, change and list by person; empty words are refused', async () => {
    const made = await commitments.add({ personId: 'p', text: '  Send  the doc ', owner: 'them', due: 'soon' }, 1);
    expect(made).toMatchObject({ text: 'Send the doc', owner: 'them', status: 'open' });
    expect(made).not.toHaveProperty('due');
    await commitments.setDue(made.id, '2026-04-01', 2);
    await commitments.setStatus(made.id, 'dropped', 'google:m', 3);
    expect(await commitments.forPerson('p')).toEqual([
      expect.objectContaining({ due: '2026-04-01', status: 'dropped', closedAt: 3, closedMeetingId: 'google:m' }),
    ]);
    await expect(commitments.add({ personId: 'p', text: '   ', owner: 'me' })).rejects.toThrow(/some words/);
    await expect(commitments.setText(made.id, ' ')).rejects.toThrow(/some words/);
  });
});
