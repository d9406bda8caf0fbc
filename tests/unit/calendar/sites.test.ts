import { describe, expect, test } from 'vitest';
import { ADAPTERS, adapterForUrl } from '../../../lib/calendar/adapters';
import { CALENDAR_HOSTS, isCalendarUrl, SITE_IDS, SITES, siteForUrl } from '../../../lib/calendar/sites';

describe('the table of calendar sites', () => {
  test('no host serves two sites, so one URL never runs two content scripts', () => {
    expect(new Set(CALENDAR_HOSTS).size).toBe(CALENDAR_HOSTS.length);
  });

  test.each(SITE_IDS)('%s: its adapter says it is %s, carries its row, and every host shows its calendar', (site) => {
    expect(ADAPTERS[site].site).toBe(site);
    // The content script finds its calendar through the adapter's row (site-row.ts says why).
    expect(ADAPTERS[site].row).toBe(SITES[site]);
    for (const host of SITES[site].hosts) {
      const url = new URL(`https://${host}/calendar/`);
      expect(siteForUrl(url)).toBe(site);
      expect(adapterForUrl(url)).toBe(ADAPTERS[site]);
      expect(isCalendarUrl(url.href)).toBe(true);
    }
  });

  test.each([
    ['http://calendar.google.com/calendar/r', false],
    ['https://calendar.google.com.example/calendar/r', false],
    ['https://example.com/calendar/', false],
    ['not a url', false],
    ['https://outlook.live.com/mail/', true],
  ])('isCalendarUrl(%s) = %s (any path on a calendar host, https only)', (url, expected) => {
    expect(isCalendarUrl(url)).toBe(expected);
  });
});
