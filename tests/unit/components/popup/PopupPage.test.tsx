// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PopupPage } from '../../../../components/popup/PopupPage';
import { meetings, needs, notes, people } from '../../../../lib/db';
import { writeEvidence } from '../../../../lib/suggestions/session';
import { toWallTime } from '../../../../lib/wall-time';

/** A half-hour 1:1 with `personId`, `minutes` from now. */
function oneOnOne(id: string, personId: string, minutes: number) {
  const start = Date.now() + minutes * 60_000;
  return meetings.put({
    id,
    seriesId: 's',
    title: 'Dana / Sam',
    start: toWallTime(start),
    end: toWallTime(start + 30 * 60_000),
    personId,
    ticks: [],
    notes: '',
    updatedAt: 0,
  });
}

describe('PopupPage', () => {
  test('with nobody set up it suggests who the calendar points at; adding one keeps its Undo in view', async () => {
    await writeEvidence({
      series: [
        {
          seriesId: 'google:dana',
          site: 'google',
          title: 'Dana / Sam',
          organizer: 'Dana Reyes',
          recurring: true,
          days: ['2026-03-10', '2026-03-17'],
          seenAt: 1,
        },
      ],
      account: { site: 'google', name: 'Sam Patel', email: 'sam@example.com', seenAt: 1 },
    });
    render(<PopupPage />);
    await screen.findByText("weekly, 'Dana / Sam', organised by Dana Reyes");
    fireEvent.click(screen.getByRole('button', { name: 'Add Dana Reyes as manager' }));
    await screen.findByText(/as your manager\./);
    expect(await people.all()).toEqual([expect.objectContaining({ name: 'Dana Reyes', relation: 'manager' })]);
    // The popup has re-read its people (Dana is in the quick note's "For")...
    await screen.findByRole('option', { name: 'Dana Reyes (manager)' });
    // ...and what just happened is still there, with its Undo.
    expect(screen.getByText(/as your manager\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  test('with nobody set up it leads to settings, and still lets you type', async () => {
    const openOptions = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue();
    render(<PopupPage />);
    expect(document.activeElement).toBe(screen.getByLabelText('Quick note'));
    fireEvent.click(await screen.findByRole('button', { name: 'Set up' }));
    expect(openOptions).toHaveBeenCalledTimes(1);
    await screen.findByText(/Nothing filed yet/);
    await screen.findByText(/None coming up/);
  });

  test('is ready once the box has focus and the recent list has drawn', async () => {
    const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
    for (let i = 0; i < 12; i++) await notes.add({ text: `note ${i}`, personId: dana.id }, 1000 + i);
    const onReady = vi.fn();
    render(<PopupPage onReady={onReady} />);
    expect(onReady).not.toHaveBeenCalled();
    const list = await screen.findByRole('list', { name: 'Recent notes' });
    await vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(items[0]?.textContent).toContain('note 11');
    await vi.waitFor(() => expect(items[0]?.textContent).toContain('Dana Reyes'));
  });

  test('shows the next 1:1 and opens its prep in a tab', async () => {
    const createTab = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
    await needs.add(dana.id, 'Feedback');
    await oneOnOne('google:abc/def', dana.id, 3 * 60);
    render(<PopupPage />);
    const next = await screen.findByRole('region', { name: 'Next 1:1' });
    await within(next).findByText('Dana Reyes');
    expect(next.textContent).toContain('1 to raise');
    expect(next.textContent).not.toContain('commitment');
    // Hours away: it does not lead, and lists no items.
    expect(document.querySelector('main')?.classList.contains('popup--soon')).toBe(false);
    expect(within(next).queryByRole('list', { name: 'First to raise' })).toBeNull();
    // Like a reminder: the card on a calendar tab showing it (none here), else a tab of its own.
    fireEvent.click(within(next).getByRole('button', { name: 'Open prep' }));
    await vi.waitFor(() =>
      expect(createTab).toHaveBeenCalledWith({ url: '/prep.html?meeting=google%3Aabc%2Fdef&mode=tab' }),
    );
  });

  test('a 1:1 under 30 minutes away leads the popup with its first three things to raise', async () => {
    const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
    for (const text of ['First', 'Second', 'Third', 'Fourth']) await needs.add(dana.id, text);
    await oneOnOne('google:soon', dana.id, 10);
    render(<PopupPage />);
    const top = await screen.findByRole('list', { name: 'First to raise' });
    expect(
      within(top)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['First', 'Second', 'Third']);
    expect(screen.getByRole('region', { name: 'Next 1:1' }).textContent).toContain('4 to raise');
    await vi.waitFor(() => expect(document.querySelector('main')?.classList.contains('popup--soon')).toBe(true));
    // The box keeps its focus: leading is drawn, not a move in the page.
    expect(document.activeElement).toBe(screen.getByLabelText('Quick note'));
  });
});
