import type { BrowserContext, Frame, Page } from '@playwright/test';
import { badgedTitles, badgeOf, GOOGLE_WEEK, prepFrame, serveCalendar, test } from './calendar-app';
import { expect, readStoreFromPage, SAMPLE_PEOPLE, setUpPeople, stopBackground } from './extension';

/**
 * The card on the calendar cannot hear the store's change feed (a BroadcastChannel, which its
 * third-party frame does not share with the extension's pages), and the background's service
 * worker sleeps after 30 s idle. A write in any of the extension's pages must still reach the
 * open card while the background sleeps.
 */

async function calendarWithCard(context: BrowserContext, extensionId: string): Promise<{ page: Page; frame: Frame }> {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  await serveCalendar(context, 'google', 'tests/fixtures/google/week.html');
  const page = await context.newPage();
  await page.goto(GOOGLE_WEEK);
  await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
  await badgeOf(page, 'google', 'Dana / Sam').click();
  const frame = await prepFrame(page);
  await frame.getByRole('heading', { level: 1, name: '1:1 with Dana Reyes' }).waitFor();
  return { page, frame };
}

test('a quick note filed in the popup reaches the open card while the background sleeps', async ({
  context,
  extensionId,
}) => {
  const { frame } = await calendarWithCard(context, extensionId);
  await stopBackground(context, extensionId);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByLabel('Quick note').fill('@Dana ask about the offsite budget');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('status')).toContainText('Dana Reyes');
  await expect(frame.getByRole('list', { name: 'Quick notes' })).toContainText('ask about the offsite budget');
});

test('a checklist item added in settings reaches the open card while the background sleeps', async ({
  context,
  extensionId,
}) => {
  const { frame } = await calendarWithCard(context, extensionId);
  await stopBackground(context, extensionId);
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByLabel('New checklist item').fill('Thank them for the intro to the data team');
  await settings.getByRole('button', { name: 'Add item' }).click();
  await expect(frame.getByRole('checkbox', { name: 'Thank them for the intro to the data team' })).toBeVisible();
});

test('a note marked as a win on the history page is news the open card hears while the background sleeps', async ({
  context,
  extensionId,
}) => {
  const { frame } = await calendarWithCard(context, extensionId);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByLabel('Quick note').fill('@Dana shipped the migration a week early');
  await popup.keyboard.press('Enter');
  await expect(frame.getByRole('list', { name: 'Quick notes' })).toContainText('shipped the migration');
  // What the card hears from here on.
  await frame.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    (
      globalThis as unknown as {
        chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string; store?: string }) => void): void } } };
      }
    ).chrome.runtime.onMessage.addListener((message) => {
      if (message?.type === 'store/changed' && message.store) heard.push(message.store);
    });
  });
  await stopBackground(context, extensionId);
  const dana = (await readStoreFromPage<{ id: string; name: string }>(context, extensionId, 'people')).find(
    (person) => person.name === 'Dana Reyes',
  );
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/one-on-ones.html?person=${dana?.id}`);
  await history.getByRole('button', { name: '☆ Mark as a win' }).first().click();
  await expect(history.getByRole('button', { name: '★ A win' }).first()).toBeVisible();
  await expect
    .poll(() => frame.evaluate(() => (window as unknown as { __heard: string[] }).__heard))
    .toContain('notes');
});
