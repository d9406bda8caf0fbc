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

const needBoxes = () => screen.queryAllByRole('textbox', { name: 'Need' }) as HTMLTextAreaElement[];

beforeEach(seed);
afterEach(cleanup);

describe('the prep card', () => {
  test('rendered without a store, fails at once rather than open storage of its own', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<PrepCard meetingId="today" mode="frame" now={NOW} />)).toThrow(/CardStoreProvider/);
  });

  test('shows the person, an open need with how many 1:1s it waited, and quick notes since the last 1:1', async () => {
    const need = await needs.add('dana', 'Tell me when you are disappointed in my work', NOW - 14 * DAY);
    await notes.add({ text: 'Swamped after the budget review', personId: 'dana' }, NOW - DAY);
    await notes.add({ text: 'Before last week', personId: 'dana' }, NOW - 10 * DAY);
    card();
    expect(await screen.findByRole('heading', { level: 1, name: '1:1 with Dana Reyes' })).toBeTruthy();
    expect(screen.getByText(/^Today, 10:00.* – 10:30.* \(in 15 min\)$/)).toBeTruthy();
    await waitFor(() => expect(needBoxes()[0]?.value).toBe(need.text));
    expect(screen.getByText('waited 1 1:1')).toBeTruthy();
    const quick = screen.getByRole('list', { name: 'Quick notes' });
    expect(quick.textContent).toContain('Swamped after the budget review');
    expect(quick.textContent).not.toContain('Before last week');
    expect(screen.queryByRole('button', { name: 'Close prep card' })).toBeNull();
  });

  test('an empty card nudges toward about three honest needs', async () => {
    card();
    expect(await screen.findByText(/Write down about three, honestly/)).toBeTruthy();
    expect(screen.getByText(/told when Dana is disappointed/)).toBeTruthy();
  });

  test('Enter adds a need; an empty one is refused with a reason', async () => {
    card();
    const add = (await screen.findByRole('textbox', { name: 'Add a need' })) as HTMLInputElement;
    fireEvent.input(add, { target: { value: '   ' } });
    fireEvent.submit(add.closest('form') as HTMLFormElement);
    expect(await screen.findByText(/an empty need is not added/)).toBeTruthy();
    fireEvent.input(add, { target: { value: 'Clarity on the promotion path' } });
    fireEvent.submit(add.closest('form') as HTMLFormElement);
    await waitFor(() => expect(needBoxes().map((box) => box.value)).toEqual(['Clarity on the promotion path']));
    expect(add.value).toBe('');
    expect((await needs.forPerson('dana')).map((n) => n.text)).toEqual(['Clarity on the promotion path']);
  });

  test('every keystroke is saved, and a re-read never replaces what is being typed', async () => {
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card();
    await waitFor(() => expect(needBoxes()).toHaveLength(1));
    const box = needBoxes()[0] as HTMLTextAreaElement;
    box.focus();
    fireEvent.focus(box);
    fireEvent.input(box, { target: { value: 'Feedback e' } });
    fireEvent.input(box, { target: { value: 'Feedback ea' } });
    await waitFor(async () => expect((await needs.get(need.id))?.text).toBe('Feedback ea'));
    // Another page (or a late re-read) writes an older value while the user is still typing here.
    await needs.setText(need.id, 'Feedback');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(box.value).toBe('Feedback ea');
    // Once the user leaves the field, the card follows the store again.
    fireEvent.blur(box);
    await needs.setText(need.id, 'Feedback early');
    await waitFor(() => expect(box.value).toBe('Feedback early'));
  });

  test('typing into a need deleted in another window says it is not saved, never "Saved"', async () => {
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card();
    await waitFor(() => expect(needBoxes()).toHaveLength(1));
    const box = needBoxes()[0] as HTMLTextAreaElement;
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

  test('folded (it opened by itself): who, when and counts, nothing written, until "Show prep"', async () => {
    await needs.add('dana', 'Tell me when you are disappointed in my work', NOW - DAY);
    render(
      <CardStoreProvider value={localCardStore()}>
        <PrepCard meetingId="today" mode="frame" view="folded" now={NOW} />
      </CardStoreProvider>,
    );
    const show = await screen.findByRole('button', { name: 'Show prep' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('1:1 with Dana Reyes');
    expect(screen.getByText(/1 open need · 0 open questions · 0 open commitments/)).toBeTruthy();
    expect(screen.queryByText(/disappointed/)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(show));
    fireEvent.click(show);
    await waitFor(() => expect(needBoxes()[0]?.value).toMatch(/disappointed/));
  });

  test('deleting every word of a need keeps its last words', async () => {
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card();
    await waitFor(() => expect(needBoxes()).toHaveLength(1));
    const box = needBoxes()[0] as HTMLTextAreaElement;
    fireEvent.focus(box);
    fireEvent.input(box, { target: { value: '  ' } });
    expect(await screen.findByText(/Its last words are kept/)).toBeTruthy();
    fireEvent.blur(box);
    await waitFor(() => expect(box.value).toBe('Feedback'));
    expect((await needs.get(need.id))?.text).toBe('Feedback');
  });

  test('Move up and Move down reorder the needs', async () => {
    await needs.add('dana', 'first', NOW - 3 * DAY);
    await needs.add('dana', 'second', NOW - 2 * DAY);
    card();
    await waitFor(() => expect(needBoxes()).toHaveLength(2));
    const [firstUp] = screen.getAllByRole('button', { name: 'Move up' });
    expect((firstUp as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getAllByRole('button', { name: 'Move up' })[1] as HTMLElement);
    await waitFor(() => expect(needBoxes().map((box) => box.value)).toEqual(['second', 'first']));
    fireEvent.click(screen.getAllByRole('button', { name: 'Move down' })[0] as HTMLElement);
    await waitFor(() => expect(needBoxes().map((box) => box.value)).toEqual(['first', 'second']));
  });

  test('a need met here records this meeting and folds into Done', async () => {
    const need = await needs.add('dana', 'Feedback', NOW - DAY);
    card();
    await waitFor(() => expect(needBoxes()).toHaveLength(1));
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'met' } });
    await waitFor(() => expect(screen.getByText('Done (1)')).toBeTruthy());
    expect((await needs.get(need.id))?.history.at(-1)).toMatchObject({ status: 'met', meetingId: 'today' });
    expect(
      within(screen.getByRole('list', { name: 'Done needs' })).getByRole('textbox', { name: 'Need' }),
    ).toBeTruthy();
  });

  test('unresolved needs and questions carry over to the next 1:1; what was settled here does not', async () => {
    const open = await needs.add('dana', 'Still open', NOW - DAY);
    const met = await needs.add('dana', 'Met today', NOW - DAY + 1);
    const openQ = await questions.add('dana', 'Not asked yet', 'mine', NOW - DAY);
    const askedQ = await questions.add('dana', 'Asked today', 'flip-side', NOW - DAY + 1);
    await needs.setStatus(met.id, 'met', 'today');
    await questions.markAsked(askedQ.id, 'today');

    const today = card('today');
    await waitFor(() => expect(needBoxes().map((box) => box.value)).toEqual([open.text, met.text]));
    const questionTexts = () =>
      (screen.queryAllByRole('textbox', { name: 'Question' }) as HTMLTextAreaElement[]).map((q) => q.value);
    expect(questionTexts()).toEqual([openQ.text, askedQ.text]);
    today.unmount();

    card('next');
    await waitFor(() => expect(needBoxes().map((box) => box.value)).toEqual([open.text]));
    expect(questionTexts()).toEqual([openQ.text]);
    expect(screen.queryByText(/^Done/)).toBeNull();
  });

  test('ticks are per meeting, and the notes are saved as typed', async () => {
    const items = await checklist.ordered();
    card('today');
    const tick = (await screen.findByRole('checkbox', { name: items[0]?.text })) as HTMLInputElement;
    fireEvent.click(tick);
    const notesBox = screen.getByRole('textbox', { name: 'Notes for this meeting' });
    fireEvent.input(notesBox, { target: { value: 'Offer to run the hiring loop' } });
    await waitFor(async () =>
      expect(await meetings.get('today')).toMatchObject({
        ticks: [items[0]?.id],
        notes: 'Offer to run the hiring loop',
      }),
    );
    expect((await meetings.get('next'))?.ticks).toEqual([]);
  });

  test('Mark asked records the meeting; an answer marks it answered', async () => {
    const q = await questions.add('dana', 'What do you need from me?', 'flip-side', NOW - DAY);
    card();
    fireEvent.click(await screen.findByRole('button', { name: 'Mark asked' }));
    await waitFor(async () => expect(await questions.get(q.id)).toMatchObject({ status: 'asked', meetingId: 'today' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Answer' }), {
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

  test('a deleted need comes back with Undo', async () => {
    await needs.add('dana', 'Oops', NOW - DAY);
    card();
    await waitFor(() => expect(needBoxes()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Delete need' }));
    await waitFor(() => expect(needBoxes()).toHaveLength(0));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(needBoxes().map((box) => box.value)).toEqual(['Oops']));
  });

  test('what the user knows about the person is saved with the person', async () => {
    card();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Their pressures' }), {
      target: { value: 'Headcount freeze' },
    });
    await waitFor(async () => expect((await people.get('dana'))?.about?.pressures).toBe('Headcount freeze'));
  });

  test('"Never" explains that the badge goes away, and Undo clears it', async () => {
    card();
    fireEvent.click(await screen.findByRole('button', { name: 'Never treat this series as a 1:1' }));
    expect(await screen.findByText(/badge goes away from your calendar/)).toBeTruthy();
    expect((await series.get('series-dana'))?.override).toBe('never');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: let Upward decide' }));
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
    await waitFor(() => expect(needBoxes()).toHaveLength(1));
    fireEvent.input(needBoxes()[0] as HTMLElement, { target: { value: 'Feedback now' } });
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
