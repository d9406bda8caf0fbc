// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { QuickNote } from '../../../../components/popup/QuickNote';
import { needs, notes, questions } from '../../../../lib/db';
import { EVERYONE, LEE } from '../../../support/records';

const box = () => screen.getByLabelText('Quick note') as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(box(), { target: { value: text } });
const enter = (init: KeyboardEventInit = {}) => fireEvent.keyDown(box(), { key: 'Enter', ...init });

describe('QuickNote', () => {
  test('draws focused and ready to type before anyone is loaded', () => {
    const onTyping = vi.fn();
    render(<QuickNote people={null} onTyping={onTyping} />);
    expect(document.activeElement).toBe(box());
    expect(box().getAttribute('dir')).toBe('auto');
    expect(onTyping).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('For') as HTMLSelectElement).disabled).toBe(true);
  });

  test('Enter pressed before anyone is loaded files the note once they are, for the right person', async () => {
    const { rerender } = render(<QuickNote people={null} />);
    type('Budget freeze 🧊');
    enter();
    expect(await notes.count()).toBe(0);
    rerender(<QuickNote people={EVERYONE} />);
    await screen.findByText('Filed as a note for Dana Reyes.', { exact: false });
    expect(await notes.all()).toEqual([expect.objectContaining({ text: 'Budget freeze 🧊', personId: 'dana' })]);
    expect(box().value).toBe('');
  });

  test('a second note typed and filed while the first is still saving is filed too, and neither is lost', async () => {
    render(<QuickNote people={EVERYONE} />);
    type('First thought');
    enter();
    type('Second thought');
    enter();
    await waitFor(async () =>
      expect((await notes.all()).map((note) => note.text).sort()).toEqual(['First thought', 'Second thought']),
    );
    expect(box().value).toBe('');
  });

  test('Enter files a note for the manager (the first person); Shift+Enter does not file', async () => {
    render(<QuickNote people={EVERYONE} />);
    expect((screen.getByLabelText('For') as HTMLSelectElement).value).toBe('dana');
    type('Budget freeze 🧊');
    enter({ shiftKey: true });
    expect(await notes.count()).toBe(0);
    enter();
    await screen.findByText('Filed as a note for Dana Reyes.', { exact: false });
    expect(await notes.all()).toEqual([expect.objectContaining({ text: 'Budget freeze 🧊', personId: 'dana' })]);
    expect(box().value).toBe('');
  });

  test('Alt+1 and Alt+2 pick need and question from anywhere; the preview says what will happen', async () => {
    render(<QuickNote people={EVERYONE} />);
    fireEvent.keyDown(document, { code: 'Digit1', altKey: true });
    expect((screen.getByRole('radio', { name: 'Need' }) as HTMLInputElement).checked).toBe(true);
    type('Clear priorities');
    expect(screen.getByText('Files as a need for Dana Reyes')).toBeTruthy();
    enter();
    await waitFor(async () => expect(await needs.count()).toBe(1));

    fireEvent.keyDown(document, { code: 'Digit2', altKey: true });
    type('How is the reorg landing? @lee');
    expect(screen.getByText('Files as a question for Lee Okafor')).toBeTruthy();
    enter();
    await waitFor(async () =>
      expect(await questions.all()).toEqual([
        expect.objectContaining({ text: 'How is the reorg landing?', personId: LEE.id }),
      ]),
    );
  });

  test('the kind and person pickers follow what ! , ? and @name say', async () => {
    render(<QuickNote people={EVERYONE} />);
    const radio = (name: string) => (screen.getByRole('radio', { name }) as HTMLInputElement).checked;
    const person = () => (screen.getByLabelText('For') as HTMLSelectElement).value;
    expect([radio('Note'), person()]).toEqual([true, 'dana']);
    type('! Air cover for the experiment @lee');
    expect([radio('Need'), radio('Note'), person()]).toEqual([true, false, LEE.id]);
    type('? What keeps you up at night');
    expect([radio('Question'), person()]).toEqual([true, 'dana']);
    type('plain words');
    expect([radio('Note'), person()]).toEqual([true, 'dana']);
  });

  test('empty and whitespace file nothing and say so gently', async () => {
    render(<QuickNote people={EVERYONE} />);
    type('  \n ');
    enter();
    await screen.findByText(/Nothing to file yet/);
    expect(await notes.count()).toBe(0);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('100 KB is refused with the limit named, and the text stays in the box', async () => {
    render(<QuickNote people={EVERYONE} />);
    const huge = 'é'.repeat(100 * 1024);
    type(huge);
    expect(screen.getByText('102,400 / 10,000 characters')).toBeTruthy();
    // The count is of what would be filed: a kind prefix does not count.
    type(`! ${'x'.repeat(10_000)}`);
    expect(screen.getByText('10,000 / 10,000 characters')).toBeTruthy();
    type(huge);
    enter();
    expect((await screen.findByRole('alert')).textContent).toContain('the limit is 10,000');
    expect(box().value).toBe(huge);
    expect(await notes.count()).toBe(0);
  });

  test('a need with nobody picked is refused; the text stays', async () => {
    render(<QuickNote people={[]} />);
    type('! Feedback');
    enter();
    expect((await screen.findByRole('alert')).textContent).toContain('add your manager in settings first');
    expect(box().value).toBe('! Feedback');
    expect(await needs.count()).toBe(0);
  });

  test('Undo deletes what was just filed and puts the text back', async () => {
    render(<QuickNote people={EVERYONE} />);
    type('? @lee Hiring plan');
    enter();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText(/Undone: that question is no longer filed, and its text is back/);
    expect(await questions.count()).toBe(0);
    expect(box().value).toBe('? @lee Hiring plan');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  test('a failed save keeps the text and says why', async () => {
    vi.spyOn(notes, 'add').mockRejectedValueOnce(new Error('disk full'));
    render(<QuickNote people={EVERYONE} />);
    type('Keep me');
    enter();
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: disk full');
    expect(box().value).toBe('Keep me');
  });
});
