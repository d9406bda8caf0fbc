import { expect, launchWithExtension, readStore, serviceWorkerOf, test } from './extension';

test('the extension loads with no errors in its service worker', async ({
  serviceWorker,
  extensionId,
  consoleErrors,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  // The worker seeded the default empathy checklist on install: it ran its code, not just loaded.
  const checklistSize = async () => (await readStore(serviceWorker, 'checklist')).length;
  await expect.poll(checklistSize).toBe(5);
  expect(consoleErrors).toEqual([]);
});

test('the toolbar popup and the settings page open', async ({ context, extensionId, consoleErrors }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByLabel('Quick note')).toBeFocused();
  await expect(popup.getByRole('button', { name: 'Set up' })).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Upward settings' })).toBeVisible();
  await expect(options.getByText('Nobody yet.')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a person added in settings appears in the open popup without a reload', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: 'Set up' })).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Their name').fill('Dana Reyes');
  await options.getByLabel('Their email addresses (comma separated)').fill('dana@example.com');
  await options.getByRole('button', { name: 'Add person' }).click();
  await expect(options.getByRole('list', { name: 'People' })).toContainText('Dana Reyes');

  await expect(popup.getByRole('combobox')).toContainText('Dana Reyes (manager)');
  await expect(popup.getByRole('button', { name: 'Set up' })).toHaveCount(0);
});

test('a note survives a full browser restart on the same profile', async ({ profileDir }) => {
  const first = await launchWithExtension(profileDir);
  const id = new URL((await serviceWorkerOf(first)).url()).host;
  const popup = await first.newPage();
  await popup.goto(`chrome-extension://${id}/popup.html`);
  await popup.getByLabel('Quick note').fill('Ask about the budget freeze 🧊');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('list', { name: 'Recent notes' })).toContainText('Ask about the budget freeze 🧊');
  await first.close();

  const second = await launchWithExtension(profileDir);
  const again = await second.newPage();
  await again.goto(`chrome-extension://${id}/popup.html`);
  await expect(again.getByRole('list', { name: 'Recent notes' })).toContainText('Ask about the budget freeze 🧊');
  await second.close();
});

test("the extension's pages and worker make no network requests", async ({
  context,
  serviceWorker,
  extensionId,
  outsideRequests,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Your name').fill('Sam Patel');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.getByLabel('Their name').fill('Dana Reyes');
  await options.getByRole('button', { name: 'Add person' }).click();
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByLabel('Quick note').fill('A note');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('list', { name: 'Recent notes' })).toContainText('A note');

  // Two witnesses: the browser's request events, and each context's own resource timing.
  const resourceUrls = async (evaluate: (fn: () => string[]) => Promise<string[]>) =>
    (await evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name))).filter(
      (url) => !url.startsWith('chrome-extension://'),
    );
  expect(await resourceUrls((fn) => options.evaluate(fn))).toEqual([]);
  expect(await resourceUrls((fn) => popup.evaluate(fn))).toEqual([]);
  expect(await resourceUrls((fn) => serviceWorker.evaluate(fn))).toEqual([]);
  expect(outsideRequests).toEqual([]);
});
