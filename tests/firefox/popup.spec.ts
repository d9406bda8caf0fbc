import type { Page } from 'puppeteer-core';
import { SAMPLE_PEOPLE } from '../support/people';
import { twins } from './chromium-twin';
import { isChecked, named, press } from './dom';
import { readStore, setUpPeople } from './extension';
import { expect, test } from './session';

interface Stored {
  id: string;
  text: string;
  name?: string;
  personId?: string;
  status?: string;
}

const status = (popup: Page) => popup.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '');
const recent = (popup: Page) =>
  popup.evaluate(() =>
    [...document.querySelectorAll('[aria-label="Recent notes"] li')].map((item) => item.textContent ?? ''),
  );

async function chord(popup: Page, modifier: 'Alt' | 'Shift', key: string): Promise<void> {
  await popup.keyboard.down(modifier);
  await popup.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  await popup.keyboard.up(modifier);
}

test(
  'the popup files a need, a question and a note from the keyboard, each for the right person',
  twins('files a need, a question and a note, each for the right person'),
  async ({ firefox }) => {
    await setUpPeople(firefox, SAMPLE_PEOPLE);
    const popup = await firefox.open('popup.html');
    const person = async (name: string) => (await readStore<Stored>(popup, 'people')).find((p) => p.name === name)?.id;
    const dana = await person('Dana Reyes');
    const lee = await person('Lee Okafor');
    const box = await named(popup, 'Quick note', 'textbox');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);

    // The manager is the default person; Alt+1 makes it a need without leaving the box.
    expect(
      await (await named(popup, 'For', 'combobox')).evaluate((select) => (select as HTMLSelectElement).value),
    ).toBe(dana);
    await popup.keyboard.type('Tell me when you are disappointed in my work');
    await chord(popup, 'Alt', '1');
    expect(await isChecked(popup, 'Need')).toBe(true);
    await press(popup, 'Enter');
    await expect.poll(() => status(popup)).toContain('Filed as a need for Dana Reyes.');
    expect(await readStore<Stored>(popup, 'needs')).toEqual([
      expect.objectContaining({ text: 'Tell me when you are disappointed in my work', personId: dana, status: 'open' }),
    ]);

    // A leading "? " makes a question whatever is picked; "@lee" files it for Lee.
    await popup.keyboard.type('? How is the reorg landing for @lee');
    await press(popup, 'Enter');
    await expect.poll(() => status(popup)).toContain('Filed as a question for Lee Okafor.');
    expect(await readStore<Stored>(popup, 'questions')).toEqual([
      expect.objectContaining({ text: 'How is the reorg landing for lee', personId: lee, status: 'open' }),
    ]);

    // Alt+3: a plain note, lines kept (Shift+Enter), emoji and right-to-left text as typed.
    await chord(popup, 'Alt', '3');
    await popup.keyboard.type('Budget freeze 🧊');
    await chord(popup, 'Shift', 'Enter');
    await popup.keyboard.type('שלום עולם');
    await press(popup, 'Enter');
    await expect.poll(() => status(popup)).toContain('Filed as a note for Dana Reyes.');
    expect(await readStore<Stored>(popup, 'notes')).toEqual([
      expect.objectContaining({ text: 'Budget freeze 🧊\nשלום עולם', personId: dana }),
    ]);

    // Newest first, each with its kind and person.
    const items = await recent(popup);
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('Budget freeze 🧊');
    expect(items[1]).toMatch(/Question.*Lee Okafor|Lee Okafor.*Question/);
    expect(items[2]).toContain('Need');
  },
);
