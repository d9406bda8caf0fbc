import type { Frame, Page } from 'puppeteer-core';
import type { Firefox } from '../../scripts/firefox.mjs';
import { appPage, GOOGLE_WEEK, OUTLOOK_WEEK, type Site } from '../support/app-page';
import { SAMPLE_PEOPLE } from '../support/people';
import { badgedTitles, clickBadge, itemsToRaise, openCalendar, prepFrame } from './calendar';
import { twins } from './chromium-twin';
import { press, typeInto } from './dom';
import { readStore, setUpPeople } from './extension';
import { expect, test } from './session';

/**
 * The prep card is a frame of the extension inside the calendar site: a third-party context,
 * whose own storage Firefox may partition per site (Total Cookie Protection) or refuse (all
 * third-party cookies blocked). The card therefore keeps nothing itself and reaches the one
 * store through the background. Proved here under both settings: what is written in the card
 * on one calendar site is in the card on the other, in the extension's own pages and in the
 * store, and changes made elsewhere reach an open card.
 */

const FROM_GOOGLE = 'Need written in the card on Google Calendar';
const FROM_OUTLOOK = 'Need written in the card on Outlook';
const QUICK_NOTE = 'Quick note filed from the toolbar popup';

const needs = async (card: Frame) => (await itemsToRaise(card)).sort();
const quickNotes = (scope: Page | Frame) =>
  scope.evaluate(() => document.querySelector('[aria-label="Quick notes"]')?.textContent ?? '');

async function openCard(firefox: Firefox, site: Site): Promise<{ page: Page; card: Frame }> {
  const url = site === 'google' ? GOOGLE_WEEK : OUTLOOK_WEEK;
  const page = await openCalendar(firefox, { url, html: appPage(`tests/fixtures/${site}/week.html`) });
  await expect.poll(() => badgedTitles(page, site)).toContain('Dana / Sam');
  await clickBadge(page, site, 'Dana / Sam');
  return { page, card: await prepFrame(page) };
}

async function addNeed(card: Frame, text: string): Promise<void> {
  await typeInto(card, 'Add to raise', text);
  await press(card, 'Enter');
}

for (const [setting, cookieBehavior] of [
  ['Total Cookie Protection, Firefox’s default', 5],
  ['all third-party cookies blocked', 1],
] as const) {
  test.describe(setting, () => {
    test.use({ cookieBehavior });
    test('the card’s data is one store: not split between calendar sites and Upward’s pages, not refused', {
      tag: cookieBehavior === 5 ? '@smoke' : [],
      ...twins(
        'a quick note filed in the popup appears in the prep card and in an export',
        'the card on the calendar page › a need added in the card is there when it reopens',
      ),
    }, async ({ firefox }) => {
      await setUpPeople(firefox, SAMPLE_PEOPLE.slice(0, 1));
      const google = await openCard(firefox, 'google');
      await addNeed(google.card, FROM_GOOGLE);
      await expect.poll(() => needs(google.card)).toEqual([FROM_GOOGLE]);

      // Another site, another partition: the same needs, and a write there reaches the first card.
      const outlook = await openCard(firefox, 'outlook');
      await expect.poll(() => needs(outlook.card)).toEqual([FROM_GOOGLE]);
      await addNeed(outlook.card, FROM_OUTLOOK);
      await expect.poll(() => needs(google.card)).toEqual([FROM_GOOGLE, FROM_OUTLOOK].sort());

      // A top-level page of the extension writes; both open cards hear of it.
      const popup = await firefox.open('popup.html');
      await typeInto(popup, 'Quick note', QUICK_NOTE);
      await press(popup, 'Enter');
      await expect.poll(() => quickNotes(outlook.card)).toContain(QUICK_NOTE);
      await expect.poll(() => quickNotes(google.card)).toContain(QUICK_NOTE);

      // And the extension's own store holds exactly what the cards wrote.
      const stored = await readStore<{ text: string }>(popup, 'needs');
      expect(stored.map((need) => need.text).sort()).toEqual([FROM_GOOGLE, FROM_OUTLOOK].sort());
    });
  });
}
