/**
 * The calendar sites Upward works on. This one table feeds the manifest (host
 * access, content-script matches, web-accessible resources) and the background's
 * sender checks, so the extension can never reach further than it declares.
 */
export const CALENDAR_HOSTS = [
  'calendar.google.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
] as const;

export const CALENDAR_MATCHES: string[] = CALENDAR_HOSTS.map((host) => `https://${host}/*`);

/** Each site gets its own content script, carrying only its own adapter. */
export const GOOGLE_MATCHES: string[] = CALENDAR_MATCHES.filter((match) => match.includes('google.com'));
export const OUTLOOK_MATCHES: string[] = CALENDAR_MATCHES.filter((match) => !match.includes('google.com'));

export function isCalendarUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && (CALENDAR_HOSTS as readonly string[]).includes(parsed.hostname);
  } catch {
    return false;
  }
}
