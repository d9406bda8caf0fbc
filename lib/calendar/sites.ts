import { GOOGLE_SITE } from './google-site';
import { OUTLOOK_SITE } from './outlook-site';
import { matchesOf, type SiteRow, showsCalendar } from './site-row';

/**
 * The calendar sites Upward works on: one row each. Everything that differs by site is
 * derived from this table: the `CalendarSite` names, the manifest's host access and
 * web-accessible matches, each site's content-script matches, the background's sender
 * check, the backup and settings picklists and defaults, and Settings › Recognition.
 *
 * Each row is a file of its own (site-row.ts says why). Each row's reader (adapter and label
 * parser) is `ADAPTERS[site]` in adapters.ts, which the compiler keeps complete. It is kept out
 * of this file on purpose: the background and the extension's pages read this table and must
 * not carry every site's parsers, and each content script carries only its own (see the
 * README, "Adding a calendar site").
 */

export const SITES = {
  google: GOOGLE_SITE,
  outlook: OUTLOOK_SITE,
} as const satisfies Record<string, SiteRow>;

export type CalendarSite = keyof typeof SITES;

export const SITE_IDS = Object.keys(SITES) as CalendarSite[];

/** Every calendar host: host access, the prep page's web-accessible matches, the sender check. */
export const CALENDAR_HOSTS: readonly string[] = SITE_IDS.flatMap((site) => SITES[site].hosts);

export const CALENDAR_MATCHES: string[] = matchesOf(CALENDAR_HOSTS);

/** Where a site's own content script runs: its hosts, and no other site's. */
export const siteMatches = (site: CalendarSite): string[] => matchesOf(SITES[site].hosts);

/** The site whose calendar this URL shows, or null. */
export function siteForUrl(url: URL): CalendarSite | null {
  return SITE_IDS.find((site) => showsCalendar(SITES[site], url)) ?? null;
}

/** Is this an https page on a calendar host (any path)? The sender check for content messages. */
export function isCalendarUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && CALENDAR_HOSTS.includes(parsed.hostname);
  } catch {
    return false;
  }
}
