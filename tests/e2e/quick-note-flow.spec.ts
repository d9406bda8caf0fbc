import { readFileSync } from 'node:fs';
import { meeting } from '../support/records';
import { expect, readStore, SAMPLE_PEOPLE, setUpPeople, test } from './extension';
import { seedStore, wallTime } from './popup-seed';

// Issue 5's end-to-end promise: what you jot in the toolbar popup is there when you
// prepare (the prep card) and in your backup.

test('a quick note filed in the popup appears in the prep card and in an export', async ({
  context,
  extensionId,
  serviceWorker,
  consoleErrors,
}) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  const dana = (await readStore<{ id: string; name: string }>(serviceWorker, 'people')).find(
    (person) => person.name === 'Dana Reyes',
  );
  if (!dana) throw new Error('Dana is not set up');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const box = popup.getByLabel('Quick note');
  await expect(box).toBeFocused();
  await expect(popup.getByRole('heading', { name: 'Recent' })).toBeVisible();
  // The next 1:1 with Dana, as the calendar would have recorded it.
  const now = Date.now();
  await seedStore(popup, {
    meetings: [
      meeting({
        id: 'google:next',
        seriesId: 'google:series',
        start: wallTime(now + 60 * 60_000),
        end: wallTime(now + 90 * 60_000),
        personId: dana.id,
        updatedAt: now,
      }),
    ],
  });
  const note = 'Ask Dana about the offsite budget 🧾';
  await box.fill(note);
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Dana Reyes');

  const card = await context.newPage();
  await card.goto(`chrome-extension://${extensionId}/prep.html?meeting=google:next&mode=tab`);
  await expect(card.getByRole('heading', { level: 1 })).toHaveText('1:1 with Dana Reyes');
  await expect(card.getByRole('list', { name: 'Quick notes' })).toContainText(note);

  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  const download = settings.waitForEvent('download');
  await settings.getByRole('button', { name: 'Export backup' }).click();
  const backup = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'));
  expect(backup.notes).toEqual([expect.objectContaining({ text: note, personId: dana.id })]);
  expect(consoleErrors).toEqual([]);
});
