// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { UNDO_MS, UndoBar } from '../../../../components/shared/UndoBar';
import { elapse, useFakeTimers } from '../../../support/timers';

useFakeTimers();

describe('UndoBar', () => {
  test('offers Undo, announced as a status, and puts back on click', () => {
    const onUndo = vi.fn();
    render(
      <UndoBar removal={1} onUndo={onUndo} onExpire={() => {}}>
        Removed “Feedback”.
      </UndoBar>,
    );
    expect(screen.getByRole('status').textContent).toContain('Removed “Feedback”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  test('the offer runs out after UNDO_MS, and a new removal starts the time again', async () => {
    const onExpire = vi.fn();
    const bar = (removal: number) => (
      <UndoBar removal={removal} onUndo={() => {}} onExpire={onExpire}>
        Removed.
      </UndoBar>
    );
    const { rerender } = render(bar(1));
    await elapse(UNDO_MS - 1_000);
    rerender(bar(2));
    await elapse(UNDO_MS - 1_000);
    expect(onExpire).not.toHaveBeenCalled();
    await elapse(1_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });
});
