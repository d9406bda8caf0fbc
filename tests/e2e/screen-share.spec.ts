import { cardIsOpen, openCardHost, prepFrame, serveHtml, soonOneOnOnePage, test } from './calendar-app';
import { expect, SAMPLE_PEOPLE, setUpPeople } from './extension';

/**
 * The card that opens by itself before a 1:1 lands on a tab people share in that very meeting:
 * it opens folded (who, when, how many things are to raise) and shows the notes on a click or key.
 */
test('the card that opens by itself opens folded; Enter shows the prep', async ({ context, extensionId }) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  await serveHtml(context, 'https://calendar.google.com/**', soonOneOnOnePage(new Date(Date.now() + 10 * 60_000)));
  const page = await context.newPage();
  await page.goto('https://calendar.google.com/calendar/u/0/r/day');
  await expect.poll(() => cardIsOpen(page)).toBe(true);
  const frame = await prepFrame(page);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('1:1 with Dana Reyes');
  const show = frame.getByRole('button', { name: 'Show prep' });
  await expect(show).toBeFocused();
  // The count the badge, the popup and the reminder show; nothing of the brief.
  await expect(frame.getByText('nothing to raise yet')).toBeVisible();
  await expect(frame.getByRole('region', { name: 'Last time' })).toHaveCount(0);
  await expect(frame.getByRole('heading', { name: /^To raise/ })).toHaveCount(0);
  await openCardHost(page).screenshot({ path: 'test-results/card-folded.png' });
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('heading', { name: 'To raise (0)' })).toBeVisible();
});
