// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CardStoreProvider } from '../../../../components/prep/card-store';
import { PrepCard } from '../../../../components/prep/PrepCard';
import { checklist, getDb, meetings, needs, notes, people, questions, series } from '../../../../lib/db';
import type { Meeting, Person } from '../../../../lib/model';
import { localCardStore } from '../../../../lib/prep/local-store';
import { DANA, meeting as record } from '../../../support/records';

const DAY = 24 * 60 * 60_000;
const NOW = new Date(2025, 4, 15, 9, 45).getTime();

const meeting = (id: string, day: number, extra: Partial<Meeting> = {}): Meeting =>
  record({
    id,
    seriesId: 'series-dana',
    start: `2025-05-${String(day).padStart(2, '0')}T10:00`,
    end: `2025-05-${String(day).padStart(2, '0')}T10:30`,
    reasons: ['2 guests: you and Dana Reyes'],
    ...extra,
  });

const dana: Person = { ...DANA, aliases: [], createdAt: 0, updatedAt: 0 };

/** Last week's 1:1 (8 May), today's (15 May, in 15 minutes) and next week's (22 May). */
async function seed() {
  await people.put(dana);
  await meetings.put(meeting('last', 8));
  await meetings.put(meeting('today', 15));
  await meetings.put(meeting('next', 22));
  await checklist.restoreDefaults();
}

const card = (meetingId = 'today', mode: 'tab' | 'frame' = 'tab') =>
  render(
    <CardStoreProvider value={localCardStore()}>
      <PrepCard meetingId={meetingId} mode={mode} now={NOW} />
    </CardStoreProvider>,
  );

/** The words of the items in a list ("To raise", "Done and answered"), as shown. */
const itemTexts = (list = 'To raise') =>
  [...(screen.queryByRole('list', { name: list })?.querySelectorAll('.item-text') ?? [])].map(
    (item) => item.textContent,
  );
const items = () => [...document.querySelectorAll<HTMLElement>('.raise-list .item-text')];

/** Edit on demand: a click (or Enter) turns an item into its text box. */
async function edit(index = 0): Promise<HTMLTextAreaElement> {
  await waitFor(() => expect(items().length).toBeGreaterThan(index));
  fireEvent.click(items()[index] as HTMLElement);
  return (await screen.findByRole('textbox', { name: /^(Need|Question)$/ })) as HTMLTextAreaElement;
}

/** Opens the ⋯ of the item whose text is `text` and picks `action` (a menu item or a status). */
async function pick(text: string, action: string) {
  const row = items()
    .find((item) => item.textContent === text)
    ?.closest('li');
  fireEvent.click(row?.querySelector('.more') as HTMLElement);
  const menu = await screen.findByRole('menu');
  fireEvent.click(
    within(menu).getByRole(/^(Open|Raised|Met|Dropped)$/.test(action) ? 'menuitemradio' : 'menuitem', { name: action }),
  );
}

beforeEach(seed);
afterEach(cleanup);

describe('the prep card', () => {
  test('rendered without a store, fails at once rather than open storage of its own', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<PrepCard meetingId="today" mode="frame" now={NOW} />)).toThrow(/CardStoreProvider/);
  });

  test('the brief: the person and when on one line, an open need with how long it has waited, quick notes since the last 1:1', async () => {
    const need = await needs.add('dana', 'Tell me when you are disappointed in my work', NOW - 14 * DAY);
    await notes.add({ text: 'Swamped after the budget review', personId: 'dana' }, NOW - DAY);
    await notes.add({ text: 'Before last week', personId: 'dana' }, NOW - 10 * DAY);
    card();
    expect(await screen.findByRole('heading', { level: 1, name: '1:1 with Dana Reyes' })).toBeTruthy();
    expect(screen.getByText(/^Today 10:00.* · in 15 min$/)).toBeTruthy();
    await waitFor(() => expect(itemTexts()).toEqual([need.text]));
    expect(screen.getByText('open since your last 1:1')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'To raise (1)' })).toBeTruthy();
    const quick = screen.getByRole('list', { name: 'Quick notes' });
    expect(quick.textContent).toContain('Swamped after the budget review');
    expect(quick.textContent).not.toContain('Before last week');
    expect(screen.queryByRole('button', { name: 'Close prep card' })).toBeNull();
  });

  test('"To raise" is one numbered list of needs and questions, most-waited first', async () => {
    const fresh = await needs.add('dana', 'Fresh need', NOW - DAY);
    const old = await questions.add('dana', 'Old question?', 'mine', NOW - 10 * DAY);
    const older = await needs.add('dana', 'Older need', NOW - 10 * DAY);
    card();
    await waitFor(() => expect(itemTexts()).toEqual([older.text, old.text, fresh.text]));
    expect(screen.getByRole('list', { name: 'To raise' }).tagName).toBe('OL');
  });

  test('an empty card nudges toward about three honest needs', async () => {
    card();
    expect(await screen.findByText(/Write down about three, honestly/)).toBeTruthy();
    expect(screen.getByText(/told early when/).textContent).toContain('Dana is disappointed');
  });

  test('a mentor gets words for a mentor, not a manager', async () => {
    await people.put({ ...dana, relation: 'mentor' });
    card();
    expect(await screen.findByText(/What would you like to learn from/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/disappointed in your work/);
  });

  test('Enter adds a need or a question; an empty one is refused with a reason', async () => {
    card();
    const add = (await screen.findByRole('textbox', { name: 'Add to raise' })) as HTMLInputElement;
    fireEvent.input(add, { target: { value: '   ' } });
    fireEvent.submit(add.closest('form') as HTMLFormElement);
    expect(await screen.findByText(/an empty one is not added/)).toBeTruthy();
    fireEvent.input(add, { target: { value: 'Clarity on the promotion path' } });
    fireEvent.submit(add.closest('form') as HTMLFormElement);
    await waitFor(() => expect(itemTexts()).toEqual(['Clarity on the promotion path']));
    expect(add.value).toBe('');
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'flip-side' } });
    fireEvent.input(add, { target: { value: 'What do you need from me?' } });
    fireEvent.submit(add.closest('form') as HTMLFormElement);
    await waitFor(async () => expect((await questions.forPerson('dana'))[0]).toMatchObject({ kind: 'flip-side' }));
    expect((await needs.forPerson('dana')).map((n) => n.text)).toEqual(['Clarity on the promotion path']);
  });

  test('every keystroke is saved, and a re-read never replaces what is being typed', async () => {
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card();
    const box = await edit();
    fireEvent.focus(box);
    fireEvent.input(box, { target: { value: 'Feedback e' } });
    fireEvent.input(box, { target: { value: 'Feedback ea' } });
    await waitFor(async () => expect((await needs.get(need.id))?.text).toBe('Feedback ea'));
    // Another page (or a late re-read) writes an older value while the user is still typing here.
    await needs.setText(need.id, 'Feedback');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(box.value).toBe('Feedback ea');
    // Once the user leaves the field, the card follows the store again (as text).
    fireEvent.blur(box);
    await needs.setText(need.id, 'Feedback early');
    await waitFor(() => expect(itemTexts()).toEqual(['Feedback early']));
  });

  test('Enter or Esc ends the edit (Esc does not close the card) and the item is text again', async () => {
    await needs.add('dana', 'Feedback', NOW - DAY);
    card('today', 'frame');
    const box = await edit();
    const notCancelled = fireEvent.keyDown(box, { key: 'Escape' });
    expect(notCancelled).toBe(false);
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Need' })).toBeNull());
    expect(itemTexts()).toEqual(['Feedback']);
  });

  test('typing into a need deleted in another window says it is not saved, never "Saved"', async () => {
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card();
    const box = await edit();
    fireEvent.focus(box);
    // Deleted elsewhere a moment ago: the news has not reached this card yet.
    await (await getDb()).delete('needs', need.id);
    fireEvent.input(box, { target: { value: 'Feedback early' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Not saved: This need was deleted/);
    expect(screen.queryByText('Saved')).toBeNull();
    expect(await needs.get(need.id)).toBeUndefined();
  });

  test.each([
    ['notes for this meeting', 'Notes for this meeting', 'meetings', 'today', /meeting was removed/],
    ['their pressures', 'Their pressures', 'people', 'dana', /This person was removed/],
  ] as const)(
    'typing into %s whose record was removed elsewhere says so',
    async (_what, label, store, key, message) => {
      card();
      const box = (await screen.findByLabelText(label, { selector: 'textarea' })) as HTMLTextAreaElement;
      fireEvent.focus(box);
      await (await getDb()).delete(store, key);
      fireEvent.input(box, { target: { value: 'Typed after it went' } });
      expect((await screen.findByRole('alert')).textContent).toMatch(message);
    },
  );

  test('folded (it opened by itself): who, when and the count to raise, nothing written, until "Show prep"', async () => {
    await needs.add('dana', 'Tell me when you are disappointed in my work', NOW - DAY);
    render(
      <CardStoreProvider value={localCardStore()}>
        <PrepCard meetingId="today" mode="frame" view="folded" now={NOW} />
      </CardStoreProvider>,
    );
    const show = await screen.findByRole('button', { name: 'Show prep' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('1:1 with Dana Reyes');
    expect(screen.getByText('1 to raise')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/disappointed/);
    await waitFor(() => expect(document.activeElement).toBe(show));
    fireEvent.click(show);
    await waitFor(() => expect(itemTexts()).toEqual(['Tell me when you are disappointed in my work']));
  });

  test('deleting every word of a need keeps its last words', async () => {
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card();
    const box = await edit();
    fireEvent.focus(box);
    fireEvent.input(box, { target: { value: '  ' } });
    expect(await screen.findByText(/Its last words are kept/)).toBeTruthy();
    fireEvent.blur(box);
    await waitFor(() => expect(itemTexts()).toEqual(['Feedback']));
    expect((await needs.get(need.id))?.text).toBe('Feedback');
  });

  test('Move up and Move down (in the ⋯, or Alt+↑/↓ on the item) reorder needs that waited as long', async () => {
    await needs.add('dana', 'first', NOW - 3 * DAY);
    await needs.add('dana', 'second', NOW - 2 * DAY);
    card();
    await waitFor(() => expect(itemTexts()).toEqual(['first', 'second']));
    fireEvent.click(items()[0]?.closest('li')?.querySelector('.more') as HTMLElement);
    expect((await screen.findByRole('menuitem', { name: 'Move up' })).hasAttribute('disabled')).toBe(true);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    await pick('second', 'Move up');
    await waitFor(() => expect(itemTexts()).toEqual(['second', 'first']));
    fireEvent.keyDown(items()[0] as HTMLElement, { key: 'ArrowDown', altKey: true });
    await waitFor(() => expect(itemTexts()).toEqual(['first', 'second']));
  });

  test('↑/↓ move between items, which are one stop in the Tab order', async () => {
    await needs.add('dana', 'first', NOW - 3 * DAY);
    await needs.add('dana', 'second', NOW - 2 * DAY);
    card();
    await waitFor(() => expect(items()).toHaveLength(2));
    expect(items().map((item) => item.tabIndex)).toEqual([0, -1]);
    items()[0]?.focus();
    fireEvent.keyDown(items()[0] as HTMLElement, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[1]);
    await waitFor(() => expect(items().map((item) => item.tabIndex)).toEqual([-1, 0]));
  });

  test('a need met here records this meeting and folds into Done and answered', async () => {
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card();
    await waitFor(() => expect(itemTexts()).toHaveLength(1));
    await pick('Feedback', 'Met');
    await waitFor(() => expect(itemTexts('Done and answered')).toEqual(['Feedback']));
    expect(screen.getByRole('heading', { name: 'To raise (0)' })).toBeTruthy();
    expect((await needs.get(need.id))?.history.at(-1)).toMatchObject({ status: 'met', meetingId: 'today' });
  });

  test('unresolved needs and questions carry over to the next 1:1; what was settled here does not', async () => {
    const open = await needs.add('dana', 'Still open', NOW - DAY);
    const met = await needs.add('dana', 'Met today', NOW - DAY + 1);
    const openQ = await questions.add('dana', 'Not asked yet', 'mine', NOW - DAY);
    const askedQ = await questions.add('dana', 'Asked today', 'flip-side', NOW - DAY + 1);
    await needs.setStatus(met.id, 'met', 'today');
    await questions.markAsked(askedQ.id, 'today');

    const today = card('today');
    await waitFor(() => expect(itemTexts()).toEqual([open.text, openQ.text]));
    expect(itemTexts('Asked in this 1:1')).toEqual([askedQ.text]);
    expect(itemTexts('Done and answered')).toEqual([met.text]);
    today.unmount();

    card('next');
    await waitFor(() => expect(itemTexts()).toEqual([open.text, openQ.text]));
    expect(screen.queryByRole('list', { name: 'Asked in this 1:1' })).toBeNull();
    expect(screen.queryByRole('list', { name: 'Done and answered' })).toBeNull();
  });

  test('ticks are per meeting, and the notes are saved as typed', async () => {
    const list = await checklist.ordered();
    card('today');
    const tick = (await screen.findByRole('checkbox', { name: list[0]?.text })) as HTMLInputElement;
    fireEvent.click(tick);
    const notesBox = screen.getByRole('textbox', { name: 'Notes for this meeting' });
    expect(notesBox.getAttribute('dir')).toBe('auto');
    fireEvent.input(notesBox, { target: { value: 'Offer to run the hiring loop' } });
    await waitFor(async () =>
      expect(await meetings.get('today')).toMatchObject({
        ticks: [list[0]?.id],
        notes: 'Offer to run the hiring loop',
      }),
    );
    expect((await meetings.get('next'))?.ticks).toEqual([]);
  });

  test('Mark asked (in the ⋯) records the meeting; the answer box appears, and an answer marks it answered', async () => {
    const q = await questions.add('dana', 'What do you need from me?', 'flip-side', NOW - DAY);
    card();
    await waitFor(() => expect(itemTexts()).toEqual([q.text]));
    expect(screen.queryByRole('textbox', { name: 'Answer' })).toBeNull();
    await pick(q.text, 'Mark asked');
    await waitFor(async () => expect(await questions.get(q.id)).toMatchObject({ status: 'asked', meetingId: 'today' }));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Answer' }), {
      target: { value: 'Earlier heads-up on risks' },
    });
    await waitFor(async () => expect((await questions.get(q.id))?.status).toBe('answered'));
  });

  test('an idea from the bank becomes a question of its kind in one click, and is not offered again', async () => {
    card();
    const ideas = await screen.findByRole('list', { name: 'Ideas to ask' });
    const first = within(ideas).getAllByRole('button')[0] as HTMLButtonElement;
    const text = first.querySelector('.idea-text')?.textContent ?? '';
    fireEvent.click(first);
    await waitFor(async () => expect((await questions.forPerson('dana')).map((q) => q.text)).toEqual([text]));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Ideas to ask' }).textContent).not.toContain(text));
  });

  test('a deleted need comes back with Undo (the button, or Ctrl+Z)', async () => {
    await needs.add('dana', 'Oops', NOW - DAY);
    card();
    await waitFor(() => expect(itemTexts()).toHaveLength(1));
    await pick('Oops', 'Delete need');
    await waitFor(() => expect(itemTexts()).toHaveLength(0));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(itemTexts()).toEqual(['Oops']));
    fireEvent.keyDown(items()[0] as HTMLElement, { key: 'Delete' });
    await waitFor(() => expect(itemTexts()).toHaveLength(0));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(itemTexts()).toEqual(['Oops']));
  });

  test('what the user knows about the person is saved with the person; no "filled" meter', async () => {
    card();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Their pressures' }), {
      target: { value: 'Headcount freeze' },
    });
    await waitFor(async () => expect((await people.get('dana'))?.about?.pressures).toBe('Headcount freeze'));
    expect(document.body.textContent).not.toMatch(/of 4 filled/);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Dana right now' }).textContent).toContain('Headcount freeze'),
    );
  });

  test('"Never" explains that the badge goes away, and Undo clears it', async () => {
    card();
    fireEvent.click(await screen.findByRole('button', { name: 'Never treat this series as a 1:1' }));
    expect(await screen.findByText(/badge goes away from your calendar/)).toBeTruthy();
    expect((await series.get('series-dana'))?.override).toBe('never');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: let Upward decide' }));
    await waitFor(async () => expect((await series.get('series-dana'))?.override).toBeUndefined());
  });

  test('the header\'s ⋯ says "Not a 1:1 (never for this series)", with Undo', async () => {
    card();
    fireEvent.click(await screen.findByRole('button', { name: 'More for this 1:1' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Not a 1:1 (never for this series)' }));
    await waitFor(async () => expect((await series.get('series-dana'))?.override).toBe('never'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await series.get('series-dana'))?.override).toBeUndefined());
  });

  test('calendar text is rendered as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await meetings.put(meeting('hostile', 15, { title: hostile, reasons: [hostile] }));
    const { container } = card('hostile');
    expect(await screen.findByRole('list', { name: 'Reasons' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Reasons' }).textContent).toBe(hostile);
    expect(container.querySelector('img')).toBeNull();
  });
});

describe('states without a card', () => {
  test('an unknown meeting', async () => {
    card('nope');
    expect(await screen.findByText(/Upward has no record of this meeting yet/)).toBeTruthy();
  });

  test('a meeting that is no longer a 1:1 offers "Always", which brings the card back', async () => {
    await meetings.put(meeting('lost', 15, { personId: null }));
    card('lost');
    expect(await screen.findByText(/no longer treats this meeting as a 1:1/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Always treat this series as a 1:1' }));
    expect(await screen.findByRole('heading', { level: 1, name: '1:1 with Dana Reyes' })).toBeTruthy();
    expect(await series.get('series-dana')).toMatchObject({ override: 'always', overridePersonId: 'dana' });
  });

  test('a person who was removed', async () => {
    await meetings.put(meeting('orphan', 15, { personId: 'removed', notes: 'kept words' }));
    card('orphan');
    expect(await screen.findByText(/has been removed from Upward/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Notes for this meeting' }) as HTMLTextAreaElement).value).toBe(
      'kept words',
    );
  });
});

describe('in the calendar frame', () => {
  test('Esc and the close button ask the host (through the background) to close the card, after saving', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const close = { type: 'card/to-host', message: { type: 'prep/close' } };
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card('today', 'frame');
    const box = await edit();
    fireEvent.input(box, { target: { value: 'Feedback now' } });
    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(send).toHaveBeenCalledWith(close));
    expect((await needs.get(need.id))?.text).toBe('Feedback now');
    send.mockClear();
    fireEvent.click(screen.getByRole('button', { name: 'Close prep card' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith(close));
  });

  test('a failed message (the extension was updated) is ignored quietly', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    card('today', 'frame');
    fireEvent.click(await screen.findByRole('button', { name: 'Close prep card' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
  });
});
