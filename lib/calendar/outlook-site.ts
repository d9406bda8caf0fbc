import type { SiteRow } from './site-row';

/** Outlook on the web's row in the table of sites (sites.ts). */
export const OUTLOOK_SITE = {
  name: 'Outlook on the web',
  // Work or school, Microsoft 365, and personal accounts; accounts are moving to the last one.
  hosts: ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'],
  // `/calendar/<n>/view/<view>`; the same hosts serve mail under `/mail`.
  calendarPath: /^\/calendar(\/|$)/,
} as const satisfies SiteRow;
