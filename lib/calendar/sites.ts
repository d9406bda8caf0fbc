/**
 * The calendar sites Upward works on: one row each. Everything that differs by site is
 * derived from this table: the `CalendarSite` names, the manifest's host access and
 * web-accessible matches, each site's content-script matches, the background's sender
 * check, the backup and settings picklists and defaults, and Settings › Recognition.
 *
 * Each row's reader (adapter and label parser) is `ADAPTERS[site]` in adapters.ts, which
 * the compiler keeps complete. It is kept out of this file on purpose: the background and
 * the extension's pages read this table and must not carry every site's parsers, and each
 * content script carries only its own (see the README, "Adding a calendar site").
 */

export interface SiteRow {
  /** The site's name as the user knows it (Settings › Recognition). */
  name: string;
  /** Every host serving the calendar: host access, and this site's content script, on each. */
  hosts: readonly string[];
  /** The calendar's paths on those hosts (the same hosts may serve mail, people, settings). */
  calendarPath: RegExp;
}

export const SITES = {
  google: {
    name: 'Google Calendar',
    hosts: ['calendar.google.com'],
    // `/calendar/u/<n>/r/<view>`; the bare host redirects there.
    calendarPath: /^\/calendar\//,
  },
  outlook: {
    name: 'Outlook on the web',
    // Work or school, Microsoft 365, and personal accounts; accounts are moving to the last one.
    hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
    // `/calendar/<n>/view/<view>`; the same hosts serve mail under `/mail`.
    calendarPath: /^\/calendar(\/|$)/,
  },
} as const satisfies Record<string, SiteRow>;

export type CalendarSite = keyof typeof SITES;

export const SITE_IDS = Object.keys(SITES) as CalendarSite[];

/** Every calendar host: host access, the prep page's web-accessible matches, the sender check. */
export const CALENDAR_HOSTS: readonly string[] = SITE_IDS.flatMap((site) => SITES[site].hosts);

/** `https://<host>/*` for each host: the manifest's match-pattern form. */
const matchesOf = (hosts: readonly string[]): string[] => hosts.map((host) => `https://${host}/*`);

export const CALENDAR_MATCHES: string[] = matchesOf(CALENDAR_HOSTS);

/** Where a site's own content script runs: its hosts, and no other site's. */
export const siteMatches = (site: CalendarSite): string[] => matchesOf(SITES[site].hosts);

/** Does this URL show this site's calendar (one of its hosts, a calendar path)? */
export function showsCalendar(site: CalendarSite, url: URL): boolean {
  const row: SiteRow = SITES[site];
  return row.hosts.includes(url.hostname) && row.calendarPath.test(url.pathname);
}

/** The site whose calendar this URL shows, or null. */
export function siteForUrl(url: URL): CalendarSite | null {
  return SITE_IDS.find((site) => showsCalendar(site, url)) ?? null;
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
