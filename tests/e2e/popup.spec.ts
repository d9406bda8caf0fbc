import type { BrowserContext, Page, Worker } from '@playwright/test';
import { need, question, meeting as record } from '../support/records';
import { expect, readStore, SAMPLE_PEOPLE, setUpPeople, test } from './extension';
import { seedStore, wallTime } from './popup-seed';

// The toolbar popup, opened as a page (what the toolbar button shows is the same document).

interface Stored {
  id: string;
  text: string;
  personId?: string;
  name?: string;
  status?: string;
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByLabel('Quick note')).toBeFocused();
  return popup;
}

async function personId(worker: Worker, name: string): Promise<string> {
  const person = (await readStore<Stored>(worker, 'people')).find((p) => p.name === name);
  if (!person) throw new Error(`${name} is not set up`);
  return person.id;
}

test('files a need, a question and a note, each for the right person', async ({
  context,
  extensionId,
  serviceWorker,
  consoleErrors,
}) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  const popup = await openPopup(context, extensionId);
  const box = popup.getByLabel('Quick note');
  const recent = popup.getByRole('list', { name: 'Recent notes' });
  const dana = await personId(serviceWorker, 'Dana Reyes');
  const lee = await personId(serviceWorker, 'Lee Okafor');

  // The manager is the default person; Alt+1 makes it a need without leaving the box.
  await expect(popup.getByLabel('For')).toHaveValue(dana);
  await box.fill('Tell me when you are disappointed in my work');
  await popup.keyboard.press('Alt+1');
  await expect(popup.getByRole('radio', { name: 'Need' })).toBeChecked();
  await expect(box).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Filed as a need for Dana Reyes.');
  await expect(box).toHaveValue('');
  expect(await readStore<Stored>(serviceWorker, 'needs')).toEqual([
    expect.objectContaining({ text: 'Tell me when you are disappointed in my work', personId: dana, status: 'open' }),
  ]);

  // A leading "? " makes a question whatever is picked; "@lee" files it for Lee.
  await box.fill('? How is the reorg landing for @lee');
  await expect(popup.locator('#quick-note-preview')).toContainText('Files as a question for Lee Okafor');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Filed as a question for Lee Okafor.');
  expect(await readStore<Stored>(serviceWorker, 'questions')).toEqual([
    expect.objectContaining({ text: 'How is the reorg landing for lee', personId: lee, status: 'open' }),
  ]);

  // Alt+3: a plain note, lines kept (Shift+Enter), emoji and right-to-left text as typed.
  await popup.keyboard.press('Alt+3');
  await box.pressSequentially('Budget freeze 🧊');
  await popup.keyboard.press('Shift+Enter');
  await box.pressSequentially('שלום עולם');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Filed as a note for Dana Reyes.');
  expect(await readStore<Stored>(serviceWorker, 'notes')).toEqual([
    expect.objectContaining({ text: 'Budget freeze 🧊\nשלום עולם', personId: dana }),
  ]);

  // Newest first, each with its kind and person.
  const items = recent.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Note');
  await expect(items.nth(0)).toContainText('Budget freeze 🧊');
  await expect(items.nth(1)).toContainText('Question');
  await expect(items.nth(1)).toContainText('Lee Okafor');
  await expect(items.nth(2)).toContainText('Need');
  await expect(items.nth(0).locator('[dir="auto"]')).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('Undo takes back the last thing filed and puts its text back in the box', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE.slice(0, 1));
  const popup = await openPopup(context, extensionId);
  await popup.getByLabel('Quick note').fill('! Clear priorities for Q3');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('list', { name: 'Recent notes' })).toContainText('Clear priorities for Q3');
  expect(await readStore(serviceWorker, 'needs')).toHaveLength(1);

  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(popup.getByRole('status')).toContainText('Undone: that need is no longer filed');
  await expect(popup.getByLabel('Quick note')).toHaveValue('! Clear priorities for Q3');
  await expect(popup.getByLabel('Quick note')).toBeFocused();
  expect(await readStore(serviceWorker, 'needs')).toEqual([]);
  await expect(popup.getByText('Nothing filed yet.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});

test('shows the next 1:1 with how many things are to raise, and opens its prep in a tab', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByText('None coming up that Upward has seen.')).toBeVisible();

  const dana = await personId(serviceWorker, 'Dana Reyes');
  const lee = await personId(serviceWorker, 'Lee Okafor');
  const now = Date.now();
  const meeting = (id: string, person: string | null, startsIn: number, extra = {}) =>
    record({
      id,
      seriesId: `${id}-series`,
      start: wallTime(now + startsIn),
      end: wallTime(now + startsIn + 30 * 60_000),
      personId: person,
      updatedAt: now,
      ...extra,
    });
  const hour = 60 * 60_000;
  await seedStore(popup, {
    meetings: [
      meeting('google:past', dana, -3 * hour),
      meeting('google:cancelled', lee, 1 * hour, { cancelled: true }),
      meeting('google:not-a-1on1', null, 1.5 * hour),
      meeting('google:next', dana, 2 * hour),
      meeting('google:later', lee, 26 * hour),
    ],
    needs: [
      need({
        id: 'n1',
        personId: dana,
        text: 'Feedback',
        status: 'open',
        order: 0,
        history: [],
        createdAt: 1,
        updatedAt: 1,
      }),
      need({
        id: 'n2',
        personId: dana,
        text: 'Scope',
        status: 'met',
        order: 1,
        history: [],
        createdAt: 2,
        updatedAt: 2,
      }),
    ],
    questions: [
      question({ id: 'q1', personId: dana, text: 'Reorg?', kind: 'mine', status: 'open', createdAt: 3, updatedAt: 3 }),
      question({ id: 'q2', personId: dana, text: 'Budget?', kind: 'mine', status: 'open', createdAt: 4, updatedAt: 4 }),
      question({ id: 'q3', personId: lee, text: 'Hiring?', kind: 'mine', status: 'open', createdAt: 5, updatedAt: 5 }),
    ],
  });

  // The open popup hears about the new meeting on the change feed: no reopen needed.
  const next = popup.getByRole('region', { name: 'Next 1:1' });
  await expect(next).toContainText('Dana Reyes');
  await expect(next).toContainText(/in 1\d\d min|today at|tomorrow at/);
  await expect(next).toContainText('3 to raise');

  const [prep] = await Promise.all([
    context.waitForEvent('page'),
    next.getByRole('button', { name: 'Open prep' }).click(),
  ]);
  await prep.waitForLoadState();
  expect(prep.url()).toBe(`chrome-extension://${extensionId}/prep.html?meeting=google%3Anext&mode=tab`);
});

test('empty, whitespace and oversized entries are refused gently and nothing typed is lost', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE.slice(0, 1));
  const popup = await openPopup(context, extensionId);
  const box = popup.getByLabel('Quick note');

  await box.fill('   \n  ');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Nothing to file yet');

  // 100 KB pasted: refused with the limit named, and every character still in the box.
  const huge = `${'Notes from the offsite. '.repeat(4_200)}end`;
  expect(huge.length).toBeGreaterThan(100_000);
  await box.fill(huge);
  await expect(popup.getByText(/100,\d{3} \/ 10,000 characters/)).toBeVisible();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('alert')).toContainText('Too long for one entry');
  await expect(popup.getByRole('alert')).toContainText('the limit is 10,000');
  expect(await box.inputValue()).toBe(huge);
  expect(await readStore(serviceWorker, 'notes')).toEqual([]);

  // Exactly at the limit is fine.
  const atLimit = 'x'.repeat(10_000);
  await box.fill(atLimit);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Filed as a note');
  expect((await readStore<Stored>(serviceWorker, 'notes'))[0]?.text).toBe(atLimit);
});

test('what was typed survives the popup closing before it was filed', async ({ context, extensionId }) => {
  const first = await openPopup(context, extensionId);
  await first.getByLabel('Quick note').fill('Half a thought about the roadmap');
  await first.close();
  const again = await openPopup(context, extensionId);
  await expect(again.getByLabel('Quick note')).toHaveValue('Half a thought about the roadmap');
});

test('with nobody set up, it leads to settings; a note still files for nobody in particular', async ({
  context,
  extensionId,
  serviceWorker,
}) => {
  const popup = await openPopup(context, extensionId);
  // The box takes focus before the store has said who is set up; "Set up" shows once it has.
  await expect(popup.getByRole('button', { name: 'Set up' })).toBeVisible();
  await popup.getByLabel('Quick note').fill('! A need with nobody to need it from');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('alert')).toContainText('add your manager in settings first');
  expect(await readStore(serviceWorker, 'needs')).toEqual([]);

  await popup.getByLabel('Quick note').fill('Just a note');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Filed as a note for nobody in particular.');

  const [options] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Set up' }).click(),
  ]);
  await expect(options).toHaveURL(`chrome-extension://${extensionId}/options.html`);
});

test('Alt+Shift+U opens the popup: the shortcut is in the manifest and registered', async ({ serviceWorker }) => {
  type Chrome = {
    runtime: { getManifest(): { action?: { default_popup?: string }; commands?: Record<string, unknown> } };
    commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  };
  const { manifest, commands } = await serviceWorker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Chrome }).chrome;
    return { manifest: api.runtime.getManifest(), commands: await api.commands.getAll() };
  });
  expect(manifest.action?.default_popup).toBe('popup.html');
  expect(manifest.commands?._execute_action).toMatchObject({ suggested_key: { default: 'Alt+Shift+U' } });
  expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+U' }));
});

test('looks right in light and dark', async ({ context, extensionId, serviceWorker, consoleErrors }) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  const dana = await personId(serviceWorker, 'Dana Reyes');
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await openPopup(context, extensionId);
    await popup.emulateMedia({ colorScheme: scheme });
    if (scheme === 'light') {
      await seedStore(popup, {
        meetings: [
          record({
            id: 'google:shot',
            seriesId: 's',
            start: wallTime(Date.now() + 26 * 60 * 60_000),
            end: null,
            personId: dana,
            updatedAt: 1,
          }),
        ],
      });
      await popup.getByLabel('Quick note').fill('! Tell me early when a project is at risk');
      await popup.keyboard.press('Enter');
      await popup.getByLabel('Quick note').fill('? What does a great quarter look like for you? @ana');
      await popup.keyboard.press('Enter');
      await popup.getByLabel('Quick note').fill('מה שלומך? Quick catch-up 🙂');
      await popup.keyboard.press('Enter');
    }
    await expect(popup.getByRole('list', { name: 'Recent notes' }).getByRole('listitem')).toHaveCount(3);
    await expect(popup.getByRole('region', { name: 'Next 1:1' })).toContainText('Dana Reyes');
    await popup.getByLabel('Quick note').fill('Draft with @dana');
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(27, 31, 39)' : 'rgb(255, 255, 255)');
    await popup.screenshot({ path: `test-results/popup-${scheme}.png`, fullPage: true });
    await popup.close();
  }
  expect(consoleErrors).toEqual([]);
});
