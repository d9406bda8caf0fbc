import type { Page } from '@playwright/test';
import { need } from '../support/records';
import { seedThroughImport } from '../support/seed.mjs';
import { expect, readStore, test } from './extension';

async function openSettings(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Upward settings' })).toBeVisible();
}

test('every section keeps what was set after a reload', async ({
  context,
  extensionId,
  serviceWorker,
  consoleErrors,
}) => {
  const page = await context.newPage();
  await openSettings(page, extensionId);

  // You
  await page.getByLabel('Your name').fill('Sam Patel');
  await page.getByLabel('Your email addresses (comma separated)').fill('Sam@Example.com, sam.p@home.example');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  // People: add, then edit in place
  await page.getByLabel('Their name').fill('Dana Reyes');
  await page.getByLabel('Their email addresses (comma separated)').fill('dana@example.com');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('list', { name: 'People' })).toContainText('Dana Reyes');
  await page.getByRole('button', { name: 'Edit Dana Reyes' }).click();
  const edit = page.getByRole('form', { name: 'Edit Dana Reyes' });
  await edit.getByLabel('Also shown on the calendar as (comma separated)').fill('DR');
  await edit.getByLabel('Relation').selectOption('skip-level');
  await edit.getByRole('button', { name: 'Apply changes' }).click();
  await expect(page.getByRole('list', { name: 'People' })).toContainText('Skip-level');

  // Recognition
  const recognition = page.getByRole('region', { name: 'Recognition' });
  await recognition.getByLabel('Outlook on the web').uncheck();
  await recognition.getByLabel('Use event titles as evidence').uncheck();
  await expect(recognition.getByRole('status')).toContainText('Saved');

  // Prep card
  const prep = page.getByRole('region', { name: 'Prep card' });
  await prep.getByLabel('How long before').fill('20');
  await expect(prep.getByRole('status')).toContainText('Saved');
  await prep.getByLabel('Open the prep card by itself before a 1:1').uncheck();
  await expect(prep.getByLabel('How long before')).toBeDisabled();

  // Reminders, including a refused value that leaves the saved one alone
  const reminders = page.getByRole('region', { name: 'Reminders' });
  await reminders.getByLabel('First reminder').fill('5');
  await reminders.getByLabel('The evening before').check();
  await reminders.getByLabel('Second reminder: time of day').fill('21:15');
  await reminders.getByLabel('No notifications during quiet hours').check();
  await reminders.getByLabel('From', { exact: true }).fill('23:00');
  await reminders.getByLabel('To', { exact: true }).fill('06:30');
  await reminders.getByLabel('First reminder').fill('0');
  await expect(reminders.getByRole('alert')).toContainText('1 to 1440 minutes');

  // Checklist: edit, add, move, switch off
  const checklist = page.getByRole('region', { name: 'Empathy checklist' });
  const first = checklist.getByLabel('Checklist item 1');
  await first.fill('Ask how their week really is 🌱');
  await first.press('Enter');
  await checklist.getByLabel('New checklist item').fill('Thank them');
  await checklist.getByRole('button', { name: 'Add item' }).click();
  await expect(checklist.getByLabel('Checklist item 6')).toHaveValue('Thank them');
  await checklist.getByRole('listitem').nth(5).getByRole('button', { name: 'Move up' }).click();
  await expect(checklist.getByLabel('Checklist item 5')).toHaveValue('Thank them');
  // Focus stays on the moved item's button, so the keyboard can keep moving it.
  await page.keyboard.press('Enter');
  await expect(checklist.getByLabel('Checklist item 4')).toHaveValue('Thank them');
  await checklist.getByLabel('Show on the prep card: Thank them').uncheck();

  // Appearance
  await page.getByRole('region', { name: 'Appearance' }).getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Sam Patel');
  await expect(page.getByLabel('Your email addresses (comma separated)')).toHaveValue(
    'sam@example.com, sam.p@home.example',
  );
  await expect(page.getByRole('list', { name: 'People' })).toContainText('Skip-level');
  await expect(page.getByRole('list', { name: 'People' })).toContainText('also “DR”');
  await expect(page.getByLabel('Google Calendar')).toBeChecked();
  await expect(page.getByLabel('Outlook on the web')).not.toBeChecked();
  await expect(page.getByLabel('Use event titles as evidence')).not.toBeChecked();
  await expect(page.getByLabel('Open the prep card by itself before a 1:1')).not.toBeChecked();
  await expect(page.getByLabel('How long before')).toHaveValue('20');
  await expect(page.getByLabel('First reminder')).toHaveValue('5');
  await expect(page.getByLabel('The evening before')).toBeChecked();
  await expect(page.getByLabel('Second reminder: time of day')).toHaveValue('21:15');
  await expect(page.getByLabel('No notifications during quiet hours')).toBeChecked();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('23:00');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('06:30');
  await expect(page.getByLabel('Checklist item 1')).toHaveValue('Ask how their week really is 🌱');
  await expect(page.getByLabel('Checklist item 4')).toHaveValue('Thank them');
  await expect(page.getByLabel('Show on the prep card: Thank them')).not.toBeChecked();
  await expect(page.getByLabel('Dark')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // What the other parts of Upward read: the stored records themselves.
  const stored = Object.fromEntries(
    (await readStore<{ key: string; value: unknown }>(serviceWorker, 'settings')).map((r) => [r.key, r.value]),
  );
  expect(stored).toMatchObject({
    me: { name: 'Sam Patel', emails: ['sam@example.com', 'sam.p@home.example'] },
    recognition: { sites: { google: true, outlook: false }, titlePatterns: false },
    prep: { autoOpen: false, autoOpenMinutes: 20 },
    reminders: {
      enabled: true,
      minutesBefore: 5,
      second: { kind: 'evening-before', time: '21:15' },
      quietHours: { enabled: true, start: '23:00', end: '06:30' },
    },
    appearance: 'dark',
  });
  expect(consoleErrors).toEqual([]);
});

test('removing a person with data asks first, says what goes, and Undo brings it all back', async ({
  context,
  extensionId,
  serviceWorker,
  consoleErrors,
}) => {
  const page = await context.newPage();
  await openSettings(page, extensionId);
  await page.getByLabel('Their name').fill('Dana Reyes');
  await page.getByLabel('Their email addresses (comma separated)').fill('dana@example.com');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('list', { name: 'People' })).toContainText('Dana Reyes');
  const [dana] = await readStore<{ id: string }>(serviceWorker, 'people');
  if (!dana) throw new Error('Dana was not saved');
  const first = need({
    id: 'n1',
    personId: dana.id,
    text: 'Tell me when you are disappointed in my work',
    history: [{ status: 'open', at: 1 }],
    createdAt: 1,
    updatedAt: 1,
  });
  await seedThroughImport(context, extensionId, {
    needs: [first, { ...first, id: 'n2', text: 'Budget for the offsite', order: 1 }],
    notes: [{ id: 'q1', text: 'She looked tired', createdAt: 2, personId: dana.id }],
  });

  await page.getByRole('button', { name: 'Remove Dana Reyes' }).click();
  const confirm = page.getByRole('region', { name: 'Remove Dana Reyes?' });
  await expect(confirm).toContainText('2 needs and 1 quick note');
  await expect(confirm.getByRole('button', { name: 'Export backup' })).toBeVisible();
  await expect(confirm.getByRole('heading', { name: 'Remove Dana Reyes?' })).toBeFocused();
  // Escape keeps everything.
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  expect(await readStore(serviceWorker, 'needs')).toHaveLength(2);

  await page.getByRole('button', { name: 'Remove Dana Reyes' }).click();
  await page.getByRole('button', { name: 'Remove Dana Reyes and their data' }).click();
  await expect(page.getByText('Removed Dana Reyes and their data.')).toBeVisible();
  await expect(page.getByText('Nobody yet.')).toBeVisible();
  await expect.poll(async () => (await readStore(serviceWorker, 'needs')).length).toBe(0);
  expect(await readStore(serviceWorker, 'notes')).toHaveLength(0);

  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'People' })).toContainText('Dana Reyes');
  await expect.poll(async () => (await readStore(serviceWorker, 'needs')).length).toBe(2);
  expect(await readStore(serviceWorker, 'notes')).toEqual([
    { id: 'q1', text: 'She looked tired', createdAt: 2, personId: dana.id },
  ]);
  expect(consoleErrors).toEqual([]);
});

test('appearance switches the page between light, dark and the system’s choice', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await openSettings(page, extensionId);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const appearance = page.getByRole('region', { name: 'Appearance' });
  await expect(appearance.getByLabel('System')).toBeChecked();
  const light = await background();

  await appearance.getByLabel('Dark').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);

  // Another open page follows the change live.
  const other = await context.newPage();
  await other.emulateMedia({ colorScheme: 'light' });
  await openSettings(other, extensionId);
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
  await appearance.getByLabel('Light').check();
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(background).toBe(light);

  await appearance.getByLabel('System').check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).not.toBe(light);
});

test('a bad backup file shows every problem in an alert and changes nothing', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const page = await context.newPage();
  await openSettings(page, extensionId);
  await page.getByLabel('Their name').fill('Dana Reyes');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('list', { name: 'People' })).toContainText('Dana Reyes');
  const before = await readStore(serviceWorker, 'people');

  await page.getByLabel('Import backup').setInputFiles({
    name: 'not-a-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else","people":[{"name":42}]'),
  });
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');
  expect(await readStore(serviceWorker, 'people')).toEqual(before);
});
