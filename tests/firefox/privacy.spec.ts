import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { appPage, GOOGLE_WEEK } from '../support/app-page';
import {
  TYPED_MARKERS as MARKERS,
  TYPED_NEED as NEED,
  TYPED_NOTE as NOTE,
  reachesIntoCard,
  SPY_SCRIPT,
  spyDumpInPage,
} from '../support/hostile-page';
import { SAMPLE_PEOPLE } from '../support/people';
import { badgedTitles, clickBadge, itemsToRaise, openCalendar, prepFrame } from './calendar';
import { twins } from './chromium-twin';
import { fieldValue, press, typeInto } from './dom';
import { setUpPeople } from './extension';
import { expect, test } from './session';

const dump = (page: Page) => page.evaluate(spyDumpInPage);

test(
  'a hostile calendar page sees none of what is typed in the prep card',
  twins('a hostile calendar page sees none of what is typed in the prep card'),
  async ({ firefox }) => {
    await setUpPeople(firefox, SAMPLE_PEOPLE.slice(0, 1));
    const page = await openCalendar(firefox, {
      url: GOOGLE_WEEK,
      html: appPage('tests/fixtures/google/week.html'),
      beforeLoad: readFileSync(SPY_SCRIPT, 'utf8'),
    });
    await expect.poll(() => badgedTitles(page, 'google')).toEqual(['Dana / Sam']);
    await clickBadge(page, 'google', 'Dana / Sam');
    const card = await prepFrame(page);
    // The spy is running: it sees focus sitting on Upward's host element, and nothing inside it.
    await expect.poll(async () => (await dump(page)).log).toContain('active: UPWARD-PREP value= text=');
    const before = await dump(page);

    // Real keystrokes, into the card.
    await typeInto(card, 'Add to raise', NEED);
    await press(card, 'Enter');
    await expect.poll(() => itemsToRaise(card)).toEqual([NEED]);
    await typeInto(card, 'Notes for this meeting', NOTE);
    // A few rounds of the spy's polling, and the card's save.
    await expect.poll(async () => (await dump(page)).log.length).toBeGreaterThan(before.log.length + 20);
    const after = await dump(page);

    // Not one key or input event reached the page while typing, and no trace of the text anywhere.
    expect(after.keys - before.keys).toBe(0);
    const everything = [...after.log, after.html].join('\n');
    for (const marker of MARKERS) expect(everything, `the page saw "${marker}"`).not.toContain(marker);
    // What it did try: the frame's document is out of reach, the host's shadow root is closed.
    expect(reachesIntoCard(after.log)).toEqual([]);
    // And the text did reach the card (the test typed where it meant to).
    expect(await fieldValue(card, 'Notes for this meeting')).toBe(NOTE);
  },
);
