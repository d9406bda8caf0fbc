import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onInstalled } from '../../../lib/background/installed';
import { checklist, people, settings } from '../../../lib/db';

beforeEach(() => fakeBrowser.reset());

const opened = () => vi.spyOn(browser.tabs, 'create');

describe('onInstalled', () => {
  test.each([
    ['an install, nobody set up', 'install', async () => {}, true],
    ['an update', 'update', async () => {}, false],
    ['a browser update', 'chrome_update', async () => {}, false],
    [
      'an install with someone set up (a browser loading Upward from its command line)',
      'install',
      async () => void (await people.add({ name: 'Dana Reyes', relation: 'manager' })),
      false,
    ],
    ['an install with you set up', 'install', () => settings.set('me', { name: 'Sam Patel', emails: [] }), false],
  ])('%s → welcome page: %s', async (_name, reason, before, welcome) => {
    await before();
    const create = opened();
    await onInstalled({ reason });
    expect(create).toHaveBeenCalledTimes(welcome ? 1 : 0);
    if (welcome) expect(create.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html$/);
    // Every kind of install or update puts the checklist back when it is empty.
    expect((await checklist.ordered()).length).toBeGreaterThan(0);
  });
});
