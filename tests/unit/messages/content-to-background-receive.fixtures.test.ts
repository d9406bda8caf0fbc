// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { googleAdapter } from '../../../lib/calendar/google';
import { readEvents } from '../../../lib/calendar/read-page';
import { parseContentMessage } from '../../../lib/messages/content-to-background-receive';
import { loadFixture } from '../../support/fixtures';

// Whatever the adapters read from a real-looking page must pass the background's
// validator; otherwise a whole week's report would be refused.
const sites = ['google', 'outlook'] as const;
const cases = sites.flatMap((site) => {
  let files: string[] = [];
  try {
    files = readdirSync(`tests/fixtures/${site}`).filter((file) => file.endsWith('.html'));
  } catch {
    files = [];
  }
  return files.map((file) => [site, file] as const);
});

describe('adapter output passes message validation', () => {
  test('there are fixtures to check', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  test.each(cases)('%s/%s', async (site, file) => {
    const adapter = site === 'google' ? googleAdapter : (await import('../../../lib/calendar/outlook')).outlookAdapter;
    const events = readEvents(adapter, loadFixture(site, file));
    const parsed = parseContentMessage({ type: 'calendar/events', site, events });
    expect(
      parsed,
      `events read from ${site}/${file} were refused: fix lib/messages/content-to-background-receive.ts or the adapter`,
    ).toEqual({
      ok: true,
      value: expect.anything(),
    });
  });
});
