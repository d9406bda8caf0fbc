import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceChange, hearChange, watchChanges } from '../../../lib/db/changes';

test('a write is also announced by extension message, for the card on the calendar and a sleeping background', async () => {
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  announceChange('notes');
  expect(send).toHaveBeenCalledWith({ type: 'store/changed', store: 'notes' });
});

test("news that arrives by message (the background woken by a page's write) reaches the watchers", () => {
  const heard: string[] = [];
  const stop = watchChanges(['meetings', 'settings'], (change) => heard.push(change.store));
  hearChange('settings');
  hearChange('notes');
  stop();
  hearChange('meetings');
  expect(heard).toEqual(['settings']);
});
