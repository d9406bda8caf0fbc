import type { Page } from 'puppeteer-core';
import type { Firefox } from '../../scripts/firefox.mjs';
import { readStoreInPage } from '../support/in-page';
import type { PersonForm } from '../support/people';
import { click, named, typeInto, waitForText } from './dom';
import { poll } from './poll';

/**
 * Upward's own side in Firefox. The event-page background cannot be evaluated from outside,
 * so what it did is read from an extension page: the store (IndexedDB of the extension's
 * origin), its alarms and its notifications.
 */

/** Reads a whole store of the extension's database from one of its top-level pages. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(readStoreInPage<T>, store);
}

/** Sets up "you" and the people through the real settings page, as a user would. */
export async function setUpPeople(firefox: Firefox, everyone: PersonForm[]): Promise<void> {
  const options = await firefox.open('options.html');
  await typeInto(options, 'Your name', 'Sam Patel');
  await typeInto(options, 'Your email addresses (comma separated)', 'sam@example.com');
  await click(options, 'Save');
  await waitForText(options, 'Saved.');
  for (const person of everyone) {
    await typeInto(options, 'Their name', person.name);
    await typeInto(options, 'Their email addresses (comma separated)', person.emails);
    await typeInto(options, 'Other names on the calendar (comma separated)', person.aliases ?? '');
    await (await named(options, 'They are your', 'combobox')).select(person.relation);
    await click(options, 'Add person');
    await poll(
      () =>
        options.evaluate(
          (name) => !!document.querySelector('[aria-label="People"]')?.textContent?.includes(name),
          person.name,
        ),
      {
        what: `${person.name} in the list of people`,
      },
    );
  }
  await options.close();
}
