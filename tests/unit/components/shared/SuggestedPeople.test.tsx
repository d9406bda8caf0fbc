// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SuggestedPeople } from '../../../../components/shared/SuggestedPeople';
import { people, settings } from '../../../../lib/db';
import type { PersonSuggestion } from '../../../../lib/suggestions/types';

afterEach(cleanup);

const suggestion = (name: string, over: Partial<PersonSuggestion> = {}): PersonSuggestion => ({
  key: `person:${name.toLowerCase()}`,
  name,
  emails: [],
  aliases: [],
  relation: 'manager',
  evidence: `weekly, '${name.split(' ')[0]} / Sam', organised by ${name}`,
  score: 7,
  dismissKeys: [`name:${name.toLowerCase()}`],
  seriesIds: ['google:s1'],
  ...over,
});

describe('SuggestedPeople', () => {
  test('each suggestion shows its evidence; Add names the person and the relation the user picked', async () => {
    render(<SuggestedPeople suggestions={[suggestion('Dana Reyes', { emails: ['dana@example.com'] })]} idPrefix="t" />);
    expect(screen.getByText("weekly, 'Dana / Sam', organised by Dana Reyes")).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add Dana Reyes as manager' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Dana Reyes is your'), { target: { value: 'mentor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add Dana Reyes as mentor' }));
    await screen.findByText(/as your mentor\./);
    expect(await people.all()).toEqual([
      expect.objectContaining({ name: 'Dana Reyes', relation: 'mentor', emails: ['dana@example.com'] }),
    ]);
  });

  test('Undo right after adding takes the person back out', async () => {
    render(<SuggestedPeople suggestions={[suggestion('Dana Reyes')]} idPrefix="t" />);
    fireEvent.click(screen.getByRole('button', { name: /^Add Dana Reyes/ }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await vi.waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByText('Dana Reyes is no longer in Upward.');
    expect(await people.all()).toEqual([]);
  });

  test('Dismiss remembers every key of the suggestion; Undo forgets them again', async () => {
    const dana = suggestion('Dana Reyes', { dismissKeys: ['email:dana@example.com', 'name:dana', 'name:dana reyes'] });
    render(<SuggestedPeople suggestions={[dana]} idPrefix="t" />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss Dana Reyes' }));
    await screen.findByText(/will not be suggested again/);
    expect((await settings.get('suggestions')).dismissed).toEqual(dana.dismissKeys);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Dana Reyes is suggested again.');
    expect((await settings.get('suggestions')).dismissed).toEqual([]);
  });

  test('a name already taken is said, not thrown', async () => {
    await people.add({ name: 'Dana Reyes', relation: 'manager' });
    render(<SuggestedPeople suggestions={[suggestion('Dana Reyes')]} idPrefix="t" />);
    fireEvent.click(screen.getByRole('button', { name: /^Add Dana Reyes/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/already have Dana Reyes/);
    expect(await people.all()).toHaveLength(1);
  });

  test('relation "other" says Upward will not prepare those 1:1s', () => {
    render(<SuggestedPeople suggestions={[suggestion('Kim Lau', { relation: 'other' })]} idPrefix="t" />);
    expect(screen.getByText(/prepares 1:1s with a manager, skip-level or mentor only/)).toBeTruthy();
  });
});
