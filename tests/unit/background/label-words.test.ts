import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishLabelWords } from '../../../lib/background/label-words';
import { parseGoogleLabel } from '../../../lib/calendar/google-label';
import { ALL_LABEL_WORDS } from '../../../lib/calendar/locale/all-words';
import { LABEL_WORDS_KEY, useLabelWords } from '../../../lib/calendar/locale/words';
import { loadLabelWords } from '../../../lib/content/label-words';

afterEach(() => {
  fakeBrowser.reset();
  useLabelWords(ALL_LABEL_WORDS);
});

describe('the label words go from the background to the content script through storage', () => {
  test('published by the background, loaded by the content script: a German label reads', async () => {
    await publishLabelWords();
    useLabelWords({ google: {}, outlook: {} });
    await loadLabelWords(fakeBrowser.storage.local);
    expect(parseGoogleLabel('15:00 bis 16:00, Dana / Sam, Dana Reyes, Kein Ort, 10. März 2026').start).toBe(
      '2026-03-10T15:00',
    );
  });

  test.each([
    ['nothing published', undefined],
    ['a damaged value', { google: { de: { range: 7 } }, outlook: {} }],
  ])('%s: the content script keeps no words, and labels give no time', async (_name, stored) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ [LABEL_WORDS_KEY]: stored });
    useLabelWords({ google: {}, outlook: {} });
    await loadLabelWords(fakeBrowser.storage.local);
    expect(parseGoogleLabel('15:00 bis 16:00, Dana / Sam, Dana Reyes, Kein Ort, 10. März 2026').start).toBeNull();
  });

  test('storage that fails (the extension went away under the page) is not an error', async () => {
    await expect(
      loadLabelWords({ get: () => Promise.reject(new Error('Extension context invalidated')) }),
    ).resolves.toBe(undefined);
  });
});
