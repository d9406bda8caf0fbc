/**
 * One calendar site's row in the table of sites (sites.ts), and what is read from a row alone.
 * Each row sits in a file of its own (google-site.ts, outlook-site.ts) so that a site's content
 * script carries only its own: the whole table would cost every Google Calendar tab about 150
 * bytes of its 12 KB (gzipped) for Outlook's hosts.
 */

export interface SiteRow {
  /** The site's name as the user knows it (Settings › Recognition). */
  name: string;
  /** Every host serving the calendar: host access, and this site's content script, on each. */
  hosts: readonly string[];
  /** The calendar's paths on those hosts (the same hosts may serve mail, people, settings). */
  calendarPath: RegExp;
}

/** `https://<host>/*` for each host: the manifest's match-pattern form. */
export const matchesOf = (hosts: readonly string[]): string[] => hosts.map((host) => `https://${host}/*`);

/** Does this URL show this site's calendar (one of its hosts, a calendar path)? */
export function showsCalendar(row: SiteRow, url: URL): boolean {
  return row.hosts.includes(url.hostname) && row.calendarPath.test(url.pathname);
}
