// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test } from 'vitest';
import { PeopleEditor } from '../../../../components/options/PeopleEditor';
import { needs, people, settings } from '../../../../lib/db';

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const add = () => fireEvent.click(screen.getByRole('button', { name: 'Add person' }));

beforeEach(async () => {
  await settings.set('me', { name: 'Sam Patel', emails: ['sam@example.com'] });
});

describe('adding a person', () => {
  test('saves a good entry and clears the form', async () => {
    render(<PeopleEditor />);
    await screen.findByText(/Nobody yet/);
    type('Their name', '  Dana   Reyes ');
    type('Their email addresses (comma separated)', 'Dana@Example.com; dana.r@example.org');
    type('Other names on the calendar (comma separated)', 'DR');
    add();
    await waitFor(async () => expect(await people.count()).toBe(1));
    expect((await people.all())[0]).toMatchObject({
      name: 'Dana Reyes',
      emails: ['dana@example.com', 'dana.r@example.org'],
      aliases: ['DR'],
      relation: 'manager',
    });
    await waitFor(() => expect(screen.getByLabelText('Their name')).toHaveProperty('value', ''));
  });

  test.each([
    ['an empty name', '   ', 'dana@example.com', 'Give this person a name.'],
    ['a bad email', 'Dana', 'dana(at)example.com', 'Not an email address: dana(at)example.com'],
    ['your own email', 'Dana', 'sam@example.com', 'sam@example.com is your own address'],
  ])('refuses %s with a message, saving nothing', async (_what, name, email, message) => {
    render(<PeopleEditor />);
    type('Their name', name);
    type('Their email addresses (comma separated)', email);
    add();
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(await people.count()).toBe(0);
    // What the user typed stays, ready to fix.
    expect(screen.getByLabelText('Their email addresses (comma separated)')).toHaveProperty('value', email);
  });

  test('refuses a second person with the same name', async () => {
    await people.add({ name: 'Dana Reyes', relation: 'manager' });
    render(<PeopleEditor />);
    type('Their name', 'dana reyes');
    add();
    expect((await screen.findByRole('alert')).textContent).toContain('You already have Dana Reyes');
    expect(await people.count()).toBe(1);
  });
});

describe('editing a person', () => {
  test('changes their details in place', async () => {
    const dana = await people.add({ name: 'Dana Reyes', emails: ['dana@example.com'], relation: 'manager' });
    render(<PeopleEditor />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Dana Reyes' }));
    type('Name', 'Dana R. Reyes');
    fireEvent.change(screen.getByLabelText('Relation'), { target: { value: 'mentor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply changes' }));
    await waitFor(async () => expect((await people.get(dana.id))?.name).toBe('Dana R. Reyes'));
    expect((await people.get(dana.id))?.relation).toBe('mentor');
  });

  test('Cancel keeps them as they were', async () => {
    const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
    render(<PeopleEditor />);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Dana Reyes' }));
    type('Name', 'Someone else');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('button', { name: 'Edit Dana Reyes' });
    expect((await people.get(dana.id))?.name).toBe('Dana Reyes');
  });
});

describe('removing a person', () => {
  test('without data: removed at once, with Undo', async () => {
    const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
    render(<PeopleEditor />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Dana Reyes' }));
    await screen.findByText('Removed Dana Reyes.');
    expect(await people.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await people.get(dana.id)).toEqual(dana));
  });

  test('with data: asks first and says what goes; Cancel keeps everything', async () => {
    const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
    await needs.add(dana.id, 'Clear priorities');
    render(<PeopleEditor />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Dana Reyes' }));
    const question = await screen.findByRole('region', { name: 'Remove Dana Reyes?' });
    expect(question.textContent).toContain('1 need filed under Dana Reyes');
    expect(screen.getByRole('button', { name: 'Export backup' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Remove Dana Reyes?' })).toBeNull());
    expect(await people.count()).toBe(1);
    expect(await needs.count()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Dana Reyes' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Dana Reyes and their data' }));
    await screen.findByText('Removed Dana Reyes and their data.');
    expect(await needs.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await needs.count()).toBe(1));
  });
});
