import { describe, expect, test } from 'vitest';
import { cardShortcut } from '../../../components/prep/keys';
import type { ChecklistItem, Need, NeedStatus, Question } from '../../../lib/model';
import {
  checklistLine,
  toRaiseList as listFrom,
  movableNeighbours,
  themInOneLine,
  waitingItems,
} from '../../../lib/prep/brief';
import { shortMeetingTime } from '../../../lib/prep/meeting-time';
import { waitedCounts } from '../../../lib/prep/waited';
import { countToRaise, toRaiseWords } from '../../../lib/to-raise';
import { meeting, need, question } from '../../support/records';

const DAY = 24 * 60 * 60_000;
const NOW = new Date(2026, 2, 24, 9, 0).getTime();
/** Weekly 1:1s with Dana on 3, 10 and 17 March (all over by NOW). */
const weekly = [3, 10, 17].map((day) =>
  meeting({
    id: `m${day}`,
    start: `2026-03-${String(day).padStart(2, '0')}T15:00`,
    end: `2026-03-${String(day).padStart(2, '0')}T15:30`,
  }),
);
const ago = (days: number) => NOW - days * DAY;
/** The list as the card gets it: waits counted where the meetings are (loadCard, nextOneOnOne). */
const toRaiseList = (needs: Need[], questions: Question[], meetings: typeof weekly, now: number) =>
  listFrom(needs, questions, waitedCounts(waitingItems(needs, questions), meetings, now).counts);
const aNeed = (id: string, days: number, order: number, status: NeedStatus = 'open'): Need =>
  need({ id, text: id, personId: 'dana', status, order, createdAt: ago(days) });
const aQuestion = (id: string, days: number, status: Question['status'] = 'open'): Question =>
  question({ id, text: id, personId: 'dana', status, createdAt: ago(days) });

describe('"To raise"', () => {
  test.each([
    [
      'most-waited first, needs and questions together',
      [aNeed('n-new', 1, 0), aNeed('n-old', 25, 1)],
      [aQuestion('q-mid', 10)],
      ['n-old', 'q-mid', 'n-new'],
    ],
    [
      "same wait: needs in the user's order, then questions oldest first",
      [aNeed('b', 2, 1), aNeed('a', 3, 0)],
      [aQuestion('q2', 2), aQuestion('q1', 3)],
      ['a', 'b', 'q1', 'q2'],
    ],
    [
      'a raised need still counts; met, dropped and asked ones do not',
      [aNeed('raised', 2, 0, 'raised'), aNeed('met', 2, 1, 'met'), aNeed('dropped', 2, 2, 'dropped')],
      [aQuestion('asked', 2, 'asked'), aQuestion('answered', 2, 'answered')],
      ['raised'],
    ],
  ])('%s', (_case, needs, questions, ids) => {
    const list = toRaiseList(needs, questions, weekly, NOW);
    expect(list.map((item) => item.id)).toEqual(ids);
    // The same count the popup, the reminder and the badge show.
    expect(countToRaise(needs, questions)).toBe(ids.length);
  });

  test('waits are counted in 1:1s that ended since it was written', () => {
    const list = toRaiseList([aNeed('n', 25, 0)], [aQuestion('q', 10)], weekly, NOW);
    expect(list.map((item) => item.waited)).toEqual([3, 1]);
  });

  test('a need may move only among needs that waited as long', () => {
    const list = toRaiseList([aNeed('a', 25, 0), aNeed('b', 2, 1), aNeed('c', 3, 2)], [aQuestion('q', 2)], weekly, NOW);
    expect(list.map((item) => item.id)).toEqual(['a', 'b', 'c', 'q']);
    expect(movableNeighbours(list, 'b')).toEqual(['b', 'c']);
    expect(movableNeighbours(list, 'a')).toEqual(['a']);
    expect(movableNeighbours(list, 'q')).toEqual([]);
  });

  test.each([
    [0, 'nothing to raise yet'],
    [1, '1 to raise'],
    [5, '5 to raise'],
  ])('%i reads "%s"', (count, words) => {
    expect(toRaiseWords(count)).toBe(words);
  });
});

describe('them in one line, and the checklist line', () => {
  test('the first line of pressures and style, skipping empty ones', () => {
    expect(themInOneLine({ goals: 'g', pressures: '\n  Headcount freeze\nmore', style: '', needsFromMe: '' })).toEqual([
      { label: 'Pressures', text: 'Headcount freeze' },
    ]);
  });

  const items: ChecklistItem[] = ['a', 'b', 'c'].map((id, order) => ({ id, text: id, order, enabled: true }));
  test.each([
    [0, 'a'],
    [1, 'b'],
    [4, 'b'],
    [-1, 'c'],
  ])('offset %i shows %s (ticked or not: the line stays put while you tick it)', (offset, id) => {
    expect(checklistLine(items, offset)?.id).toBe(id);
  });

  test('no checklist, no line', () => {
    expect(checklistLine([], 3)).toBeUndefined();
  });
});

describe("the header's time, on one line", () => {
  const at = (minutes: number) => {
    const d = new Date(NOW + minutes * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  test.each([
    [15, /^Today 9:15\s?AM · in 15 min$/],
    [-5, /^Today 8:55\s?AM · happening now$/],
    [24 * 60, /^Tomorrow 9:00\s?AM$/],
  ])('%i minutes away', (minutes, words) => {
    expect(shortMeetingTime({ start: at(minutes), end: at(minutes + 30) }, NOW, 'en-US')).toMatch(words);
  });
});

describe("the card's keys", () => {
  const key = (code: string, fields: Partial<KeyboardEvent> = {}, target: object = { tagName: 'SPAN' }) =>
    cardShortcut({
      altKey: true,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      code,
      key: code,
      target: target as EventTarget,
      ...fields,
    });
  test.each([
    ['KeyN', 'notes'],
    ['KeyA', 'add'],
    ['KeyR', 'raise'],
    ['KeyM', 'menu'],
    ['KeyW', 'wrap-up'],
    ['KeyQ', undefined],
  ])('Alt+%s is %s', (code, shortcut) => {
    expect(key(code)).toBe(shortcut);
  });

  test('while typing, Alt keys are left to the text box (Option+N types ñ on a Mac)', () => {
    expect(key('KeyN', {}, { tagName: 'TEXTAREA' })).toBeUndefined();
    expect(key('KeyN', {}, { tagName: 'INPUT', type: 'text' })).toBeUndefined();
    expect(key('KeyN', {}, { tagName: 'INPUT', type: 'checkbox' })).toBe('notes');
  });

  test('Ctrl+Z or ⌘+Z undoes, outside text boxes only', () => {
    expect(key('KeyZ', { altKey: false, ctrlKey: true, key: 'z' })).toBe('undo');
    expect(key('KeyZ', { altKey: false, metaKey: true, key: 'z' })).toBe('undo');
    expect(key('KeyZ', { altKey: false, ctrlKey: true, key: 'z' }, { tagName: 'TEXTAREA' })).toBeUndefined();
  });
});
