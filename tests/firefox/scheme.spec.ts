import { mkdirSync } from 'node:fs';
import { appPage, GOOGLE_WEEK } from '../support/app-page';
import { SAMPLE_PEOPLE } from '../support/people';
import { badgedTitles, clickBadge, openCalendar, prepFrame } from './calendar';
import { twins } from './chromium-twin';
import { setUpPeople } from './extension';
import { brightness } from './pixels';
import { expect, test } from './session';

test.describe('dark', () => {
  test.use({ pageScheme: 'dark' });
  test(
    'the card follows a dark calendar page, its scrollbar included (screenshot in demo-output/)',
    twins(
      "light and dark, both calendars › google, dark: the card follows the page's scheme (screenshot in demo-output/)",
    ),
    async ({ firefox }) => {
      await setUpPeople(firefox, SAMPLE_PEOPLE.slice(0, 1));
      const page = await openCalendar(firefox, { url: GOOGLE_WEEK, html: appPage('tests/fixtures/google/week.html') });
      await expect.poll(() => badgedTitles(page, 'google')).toEqual(['Dana / Sam']);
      await clickBadge(page, 'google', 'Dana / Sam');
      const card = await prepFrame(page);
      expect(await card.evaluate(() => new URLSearchParams(location.search).get('scheme'))).toBe('dark');
      await expect.poll(() => card.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      // The card is taller than the viewport allows: its document scrolls.
      await expect.poll(() => card.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);

      mkdirSync('demo-output', { recursive: true });
      const shot = await page.screenshot({ path: 'demo-output/firefox-prep-card-google-dark.png' });
      const box = await page.evaluate(() =>
        document.querySelector('upward-prep:not([data-ready])')?.getBoundingClientRect().toJSON(),
      );
      if (!box) throw new Error('the card is not on the page');
      const body = await brightness(firefox, shot, { x: box.x + 16, y: box.y + 120, width: 40, height: 120 });
      // The right edge of the frame: where its scrollbar is drawn.
      const edge = await brightness(firefox, shot, { x: box.x + box.width - 9, y: box.y + 40, width: 6, height: 200 });
      expect(body).toBeLessThan(80);
      expect(edge, 'a light scrollbar down the dark card').toBeLessThan(110);
    },
  );
});
