// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { ChecklistSection } from '../../../../components/options/ChecklistSection';
import { RecognitionSection } from '../../../../components/options/RecognitionSection';
import { RemindersSection } from '../../../../components/options/RemindersSection';
import { SharingSection } from '../../../../components/options/SharingSection';
import { applyAppearance } from '../../../../components/shared/appearance';
import { checklist, DEFAULT_CHECKLIST, people, series, settings } from '../../../../lib/db';

/** Types into a field the way a browser reports it: the value changes, then an input event. */
function typeInto(field: HTMLElement, value: string) {
  (field as HTMLInputElement).value = value;
  fireEvent.input(field);
}

const texts = async () => (await checklist.ordered()).map((item) => item.text);

describe('empathy checklist section', () => {
  test('says so when the list is empty, and restores the suggested items with Undo', async () => {
    render(<ChecklistSection />);
    await screen.findByText(/The checklist is empty/);
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await screen.findByLabelText('Checklist item 5');
    expect(await texts()).toEqual([...DEFAULT_CHECKLIST]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/The checklist is empty/);
    expect(await checklist.count()).toBe(0);
  });

  test('removes an item with Undo', async () => {
    await checklist.restoreDefaults();
    render(<ChecklistSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove item 2' }));
    await screen.findByText(`Removed “${DEFAULT_CHECKLIST[1]}”.`);
    expect(await texts()).not.toContain(DEFAULT_CHECKLIST[1]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await texts()).toEqual([...DEFAULT_CHECKLIST]));
  });

  test('an emptied item keeps its old wording and says why', async () => {
    await checklist.restoreDefaults();
    render(<ChecklistSection />);
    const first = await screen.findByLabelText('Checklist item 1');
    typeInto(first, '   ');
    fireEvent.change(first);
    expect((await screen.findByRole('alert')).textContent).toContain('kept the old wording');
    expect((first as HTMLInputElement).value).toBe(DEFAULT_CHECKLIST[0]);
    expect((await texts())[0]).toBe(DEFAULT_CHECKLIST[0]);
  });

  test('adding refuses an empty item and adds a real one at the end', async () => {
    await checklist.restoreDefaults();
    render(<ChecklistSection />);
    await screen.findByLabelText('Checklist item 5');
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Type the item first');
    fireEvent.input(screen.getByLabelText('New checklist item'), { target: { value: 'مرحبا، thank them' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    await waitFor(async () => expect((await texts()).at(-1)).toBe('مرحبا، thank them'));
  });
});

describe('reminders section', () => {
  test('refuses minutes outside 1–1440 and keeps the saved value', async () => {
    render(<RemindersSection />);
    const minutes = await screen.findByLabelText('First reminder');
    typeInto(minutes, '1441');
    expect((await screen.findByRole('alert')).textContent).toContain('1 to 1440 minutes');
    expect((await settings.get('reminders')).minutesBefore).toBe(10);
    typeInto(minutes, '30');
    await waitFor(async () => expect((await settings.get('reminders')).minutesBefore).toBe(30));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a second reminder may not land on the first', async () => {
    render(<RemindersSection />);
    fireEvent.click(await screen.findByLabelText('Minutes before'));
    const second = await screen.findByLabelText('Second reminder: minutes ahead');
    await waitFor(async () =>
      expect((await settings.get('reminders')).second).toEqual({ kind: 'minutes-before', minutes: 60 }),
    );
    typeInto(second, '10');
    expect((await screen.findByRole('alert')).textContent).toContain('first reminder');
    expect((await settings.get('reminders')).second).toEqual({ kind: 'minutes-before', minutes: 60 });
  });
});

describe('screen sharing section', () => {
  test('leaving names out of notifications is one checkbox, on by default', async () => {
    render(<SharingSection />);
    const names = (await screen.findByLabelText('Name the person in notifications')) as HTMLInputElement;
    expect(names.checked).toBe(true);
    fireEvent.click(names);
    await waitFor(async () => expect((await settings.get('privacy')).namesInNotifications).toBe(false));
    expect(names.checked).toBe(false);
  });
});

describe('recognition section', () => {
  test('switches a site and title patterns off, and confirms quietly', async () => {
    render(<RecognitionSection />);
    fireEvent.click(await screen.findByLabelText('Outlook on the web'));
    await waitFor(async () => expect((await settings.get('recognition')).sites.outlook).toBe(false));
    fireEvent.click(screen.getByLabelText('Use event titles as evidence'));
    await waitFor(async () => expect((await settings.get('recognition')).titlePatterns).toBe(false));
    expect((await settings.get('recognition')).sites).toEqual({ google: true, outlook: false });
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Recognition' })).getAllByRole('status')[0]?.textContent,
      ).toContain('Saved'),
    );
  });

  test('lists series choices with their person, and removing one can be undone', async () => {
    const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
    await series.setOverride('google:a', 'Dana / Sam', 'always', dana.id, 100);
    await series.setOverride('google:b', 'Team sync', 'never', undefined, 200);
    render(<RecognitionSection />);
    const list = await screen.findByRole('list', { name: 'Series you decided about' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list.textContent).toContain('Always a 1:1');
    expect(list.textContent).toContain('with Dana Reyes');
    expect(list.textContent).toContain('Never a 1:1');
    fireEvent.click(screen.getByRole('button', { name: 'Remove the choice for Team sync' }));
    await screen.findByText('Upward decides “Team sync” by itself again.');
    expect(await series.get('google:b')).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await series.get('google:b'))?.override).toBe('never'));
  });

  test('with no series choices, says how to make one', async () => {
    render(<RecognitionSection />);
    expect((await screen.findByText(/None yet/)).textContent).toContain('Why recognised');
  });
});

describe('appearance', () => {
  test('sets data-theme for light and dark, and leaves it to the system (or the fallback) otherwise', async () => {
    const root = document.createElement('html');
    await settings.set('appearance', 'dark');
    const stop = applyAppearance(root);
    await vi.waitFor(() => expect(root.dataset.theme).toBe('dark'));
    await settings.set('appearance', 'system');
    await vi.waitFor(() => expect(root.dataset.theme).toBeUndefined());
    stop();
    const framed = applyAppearance(root, 'dark');
    await vi.waitFor(() => expect(root.dataset.theme).toBe('dark'));
    framed();
  });
});
