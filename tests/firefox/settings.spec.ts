import type { Page } from 'puppeteer-core';
import { twins } from './chromium-twin';
import { click, fieldValue, isChecked, named, press, typeInto } from './dom';
import { readStore } from './extension';
import { expect, test } from './session';

/** Checks (or unchecks) a checkbox or radio by its label, with a click as a user would. */
async function setChecked(page: Page, label: string, checked: boolean): Promise<void> {
  if ((await isChecked(page, label)) !== checked) await (await named(page, label)).click();
  await expect.poll(() => isChecked(page, label)).toBe(checked);
}

const storedSettings = async (page: Page) =>
  Object.fromEntries((await readStore<{ key: string; value: unknown }>(page, 'settings')).map((r) => [r.key, r.value]));

test(
  'every settings section keeps what was set when the page opens again',
  twins('every section keeps what was set after a reload'),
  async ({ firefox }) => {
    const page = await firefox.open('options.html');
    await named(page, 'Upward settings', 'heading');

    await typeInto(page, 'Your name', 'Sam Patel');
    await typeInto(page, 'Your email addresses (comma separated)', 'Sam@Example.com, sam.p@home.example');
    await click(page, 'Save');
    await typeInto(page, 'Their name', 'Dana Reyes');
    await typeInto(page, 'Their email addresses (comma separated)', 'dana@example.com');
    await click(page, 'Add person');
    await named(page, 'Edit Dana Reyes', 'button');

    await setChecked(page, 'Outlook on the web', false);
    await setChecked(page, 'Use event titles as evidence', false);
    await typeInto(page, 'How long before', '20');
    await setChecked(page, 'Open the prep card by itself before a 1:1', false);
    await typeInto(page, 'First reminder', '5');
    await setChecked(page, 'The evening before', true);
    await typeInto(page, 'Checklist item 1', 'Ask how their week really is 🌱');
    await press(page, 'Enter');
    await setChecked(page, 'Dark', true);

    await expect
      .poll(() => storedSettings(page))
      .toMatchObject({
        me: { name: 'Sam Patel', emails: ['sam@example.com', 'sam.p@home.example'] },
        recognition: { sites: { google: true, outlook: false }, titlePatterns: false },
        prep: { autoOpen: false, autoOpenMinutes: 20 },
        reminders: { enabled: true, minutesBefore: 5, second: { kind: 'evening-before' } },
        appearance: 'dark',
      });
    await page.close();

    const again = await firefox.open('options.html');
    await named(again, 'Edit Dana Reyes', 'button');
    expect(await fieldValue(again, 'Your name')).toBe('Sam Patel');
    expect(await fieldValue(again, 'Your email addresses (comma separated)')).toBe(
      'sam@example.com, sam.p@home.example',
    );
    expect(await isChecked(again, 'Google Calendar')).toBe(true);
    expect(await isChecked(again, 'Outlook on the web')).toBe(false);
    expect(await isChecked(again, 'Use event titles as evidence')).toBe(false);
    expect(await isChecked(again, 'Open the prep card by itself before a 1:1')).toBe(false);
    expect(await fieldValue(again, 'How long before')).toBe('20');
    expect(await fieldValue(again, 'First reminder')).toBe('5');
    expect(await isChecked(again, 'The evening before')).toBe(true);
    await expect.poll(() => fieldValue(again, 'Checklist item 1')).toBe('Ask how their week really is 🌱');
    expect(await isChecked(again, 'Dark')).toBe(true);
    expect(await again.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  },
);
