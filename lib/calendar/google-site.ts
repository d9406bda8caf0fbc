import type { SiteRow } from './site-row';

/** Google Calendar's row in the table of sites (sites.ts). */
export const GOOGLE_SITE = {
  name: 'Google Calendar',
  hosts: ['calendar.google.com'],
  // `/calendar/u/<n>/r/<view>`; the bare host redirects there.
  calendarPath: /^\/calendar\//,
} as const satisfies SiteRow;
