// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { GOOGLE_SITE } from '../../../lib/calendar/google-site';
import type { CalendarAdapter, CalendarEvent, GuestList } from '../../../lib/calendar/types';
import { type PageWatcher, watchCalendarPage } from '../../../lib/calendar/watch';
import { calendarEvent } from '../../support/records';
import { elapse, useFakeTimers } from '../../support/timers';

/** A deliberately tiny adapter: these tests are about watching, not parsing. */
const readEvent = vi.fn((element: Element): CalendarEvent | null => {
  const id = element.getAttribute('data-ev');
  if (!id || id.startsWith('task')) return null;
  return calendarEvent({ id, seriesId: id, title: element.getAttribute('aria-label') ?? '', start: null, end: null });
});
const testAdapter: CalendarAdapter = {
  site: 'google',
  row: GOOGLE_SITE,
  parseLabel: () => {
    throw new Error('the watcher reads events, never labels');
  },
  currentView: () => 'week',
  eventSelector: '[data-ev]',
  findEventElements: (root) => [...root.querySelectorAll('[data-ev]')],
  readEvent,
  detailsSelector: '[role="dialog"]',
  readOpenDetails(root): GuestList | null {
    const dialog = root.querySelector('[role="dialog"]');
    if (!dialog) return null;
    return {
      eventId: dialog.getAttribute('data-for') ?? '',
      emails: [...dialog.querySelectorAll('[data-email]')].map((g) => g.getAttribute('data-email') ?? ''),
    };
  },
  accountSelector: '[data-account]',
};

function chip(id: string, title = id): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('data-ev', id);
  element.setAttribute('aria-label', title);
  element.append(document.createElement('span'));
  return element;
}

let watcher: PageWatcher;
let reports: CalendarEvent[][];
let guests: GuestList[];
let chipChanges: string[][];
let gone: string[][];

function start() {
  watcher = watchCalendarPage({
    adapter: testAdapter,
    document,
    settleMs: 5,
    onEvents: (events) => reports.push(events),
    onGuests: (list) => guests.push(list),
    onChips: (changed) => chipChanges.push([...changed].sort()),
    onGone: (ids) => gone.push([...ids].sort()),
    isOwn: (node) => node.nodeName === 'UPWARD-BADGE',
  });
}
const ids = (batch: CalendarEvent[] | undefined) => batch?.map((event) => event.id).sort();
const settle = () => elapse(30);
useFakeTimers();

beforeEach(() => {
  document.body.replaceChildren();
  reports = [];
  guests = [];
  chipChanges = [];
  gone = [];
  readEvent.mockClear();
});
afterEach(() => watcher?.stop());

describe('watchCalendarPage', () => {
  test('reads the whole page once at start, skipping what the adapter rejects', async () => {
    document.body.append(chip('a'), chip('b'), chip('task1'));
    start();
    await settle();
    expect(reports.map(ids)).toEqual([['a', 'b']]);
    expect(readEvent).toHaveBeenCalledTimes(3);
  });

  test('the page as it stood at start is reported at once; later changes are let settle first', async () => {
    document.body.append(chip('a'));
    start();
    // Reading is sliced onto timers of 0 ms; the first report waits for no settling time (5 ms here).
    await elapse(1);
    expect(reports.map(ids)).toEqual([['a']]);
    document.body.append(chip('b'));
    await elapse(1);
    expect(reports).toHaveLength(1);
    await elapse(5);
    expect(reports.map(ids)).toEqual([['a'], ['b']]);
  });

  test('after start, reads only the nodes a mutation adds', async () => {
    const grid = document.createElement('section');
    for (let i = 0; i < 50; i++) grid.append(chip(`e${i}`));
    document.body.append(grid);
    start();
    await settle();
    readEvent.mockClear();
    grid.append(chip('new'));
    await settle();
    expect(readEvent).toHaveBeenCalledTimes(1);
    expect(ids(reports.at(-1))).toEqual(['new']);
  });

  test('finds chips inside an added subtree (a re-rendered day column)', async () => {
    start();
    const column = document.createElement('div');
    column.append(chip('x'), chip('y'));
    document.body.append(column);
    await settle();
    expect(ids(reports.at(-1))).toEqual(['x', 'y']);
  });

  test('a chip re-attached unchanged is not read or reported again', async () => {
    const element = chip('a');
    document.body.append(element);
    start();
    await settle();
    readEvent.mockClear();
    element.remove();
    document.body.append(element);
    await settle();
    expect(readEvent).not.toHaveBeenCalled();
    expect(reports).toHaveLength(1);
  });

  test('a new node for an already-reported event with the same reading is not reported again', async () => {
    document.body.append(chip('a', 'Dana / Sam'));
    start();
    await settle();
    document.body.append(chip('a', 'Dana / Sam'));
    await settle();
    expect(reports).toHaveLength(1);
  });

  test('a changed label is re-read and reported (a renamed or moved event)', async () => {
    const element = chip('a', 'Old title');
    document.body.append(element);
    start();
    await settle();
    element.setAttribute('aria-label', 'New title');
    await settle();
    expect(reports.at(-1)?.map((event) => event.title)).toEqual(['New title']);
  });

  test('many mutations in a burst become one report', async () => {
    start();
    for (let i = 0; i < 20; i++) document.body.append(chip(`b${i}`));
    await settle();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toHaveLength(20);
  });

  test('reports an opened dialog once it settles, and the same guest list only once', async () => {
    start();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.setAttribute('data-for', 'a');
    document.body.append(dialog);
    const guest = (email: string) => {
      const element = document.createElement('div');
      element.setAttribute('data-email', email);
      return element;
    };
    dialog.append(guest('sam@example.com'));
    dialog.append(guest('dana@example.com'));
    await settle();
    dialog.append(document.createElement('span'));
    await settle();
    expect(guests).toEqual([{ eventId: 'a', emails: ['sam@example.com', 'dana@example.com'] }]);
  });

  test('stop() disconnects: nothing is read or reported afterwards', async () => {
    start();
    watcher.stop();
    document.body.append(chip('late'));
    await settle();
    expect(reports).toEqual([]);
    expect(readEvent).not.toHaveBeenCalled();
  });

  test('a big first look is read in slices, never all in one task', async () => {
    for (let i = 0; i < 400; i++) document.body.append(chip(`m${i}`));
    start();
    expect(readEvent).not.toHaveBeenCalled();
    const perTask: number[] = [];
    let last = 0;
    for (let i = 0; i < 10 && readEvent.mock.calls.length < 400; i++) {
      await vi.advanceTimersToNextTimerAsync();
      perTask.push(readEvent.mock.calls.length - last);
      last = readEvent.mock.calls.length;
    }
    expect(Math.max(...perTask)).toBeLessThanOrEqual(150);
    await settle();
    expect(watcher.events.size).toBe(400);
  });

  test('drain() reads everything queued at once', () => {
    for (let i = 0; i < 300; i++) document.body.append(chip(`d${i}`));
    start();
    watcher.drain();
    expect(watcher.events.size).toBe(300);
  });

  test('a label re-rendered inside an existing chip is re-read', async () => {
    const element = chip('a', '');
    element.removeAttribute('aria-label');
    document.body.append(element);
    start();
    await settle();
    readEvent.mockClear();
    element.replaceChildren(document.createElement('span'));
    element.firstElementChild?.append('new label');
    await settle();
    expect(readEvent).toHaveBeenCalledTimes(1);
  });

  test('mutations handed over after stop() are ignored', async () => {
    start();
    watcher.stop();
    const added = chip('z');
    document.body.append(added);
    watcher.handleMutations([{ type: 'childList', addedNodes: [added] } as unknown as MutationRecord]);
    await settle();
    expect(readEvent).not.toHaveBeenCalled();
  });

  test('knows which chips show each event, several for a multi-day event', async () => {
    const first = chip('offsite');
    const second = chip('offsite');
    document.body.append(first, second, chip('other'));
    start();
    await settle();
    expect([...watcher.elementsOf('offsite')]).toEqual([first, second]);
    expect(chipChanges.flat().sort()).toEqual(['offsite', 'other']);
    expect(watcher.elementsOf('nothing').size).toBe(0);
  });

  test('a deleted chip is forgotten: its event is pruned and said to be gone', async () => {
    const doomed = chip('deleted');
    document.body.append(doomed, chip('kept'));
    start();
    await settle();
    chipChanges = [];
    doomed.remove();
    await settle();
    expect(gone).toEqual([['deleted']]);
    expect(chipChanges).toEqual([['deleted']]);
    expect([...watcher.events.keys()]).toEqual(['kept']);
    expect(watcher.elementsOf('deleted').size).toBe(0);
  });

  test('one of two chips of an event removed: the event stays', async () => {
    const first = chip('offsite');
    document.body.append(first, chip('offsite'));
    start();
    await settle();
    first.remove();
    await settle();
    expect(gone).toEqual([]);
    expect(watcher.events.has('offsite')).toBe(true);
    expect(watcher.elementsOf('offsite').size).toBe(1);
  });

  test('a chip re-rendered as a new element keeps its event and is not reported again', async () => {
    const old = chip('a', 'Dana / Sam');
    document.body.append(old);
    start();
    await settle();
    const fresh = chip('a', 'Dana / Sam');
    old.replaceWith(fresh);
    await settle();
    expect(gone).toEqual([]);
    expect(reports).toHaveLength(1);
    expect([...watcher.elementsOf('a')]).toEqual([fresh]);
  });

  test('a whole view replaced (navigation) prunes what left and reads what came', async () => {
    const column = document.createElement('div');
    column.append(chip('week1'), chip('week2'));
    document.body.append(column);
    start();
    await settle();
    const next = document.createElement('div');
    next.append(chip('month1'));
    column.replaceWith(next);
    await settle();
    expect(gone).toEqual([['week1', 'week2']]);
    expect([...watcher.events.keys()]).toEqual(['month1']);
  });

  test('a chip removed and later put back is read again', async () => {
    const element = chip('back');
    document.body.append(element);
    start();
    await settle();
    element.remove();
    await settle();
    readEvent.mockClear();
    document.body.append(element);
    await settle();
    expect(readEvent).toHaveBeenCalledTimes(1);
    expect(watcher.events.has('back')).toBe(true);
  });

  test("Upward's own nodes are never read, and its badge taken out of a chip is reported", async () => {
    const element = chip('a');
    document.body.append(element);
    start();
    await settle();
    readEvent.mockClear();
    chipChanges = [];
    const badge = document.createElement('upward-badge');
    badge.setAttribute('data-ev', 'fake');
    element.append(badge);
    await settle();
    expect(readEvent).not.toHaveBeenCalled();
    expect(watcher.events.has('fake')).toBe(false);
    badge.remove();
    await settle();
    expect(chipChanges).toEqual([['a']]);
    expect(gone).toEqual([]);
  });

  test('removal looks only at the removed subtree, never rereads the page', async () => {
    const grid = document.createElement('section');
    for (let i = 0; i < 50; i++) grid.append(chip(`e${i}`));
    document.body.append(grid);
    start();
    await settle();
    readEvent.mockClear();
    grid.firstElementChild?.remove();
    await settle();
    expect(readEvent).not.toHaveBeenCalled();
    expect(watcher.events.size).toBe(49);
  });
});
