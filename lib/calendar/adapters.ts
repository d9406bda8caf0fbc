/**
 * Each site's reader, by site: the `detect` command and the tests use this map; each content
 * script imports only its own adapter. Typed by the table of sites, so a new row without an
 * adapter does not compile.
 */
import { googleAdapter } from './google';
import { outlookAdapter } from './outlook';
import { type CalendarSite, siteForUrl } from './sites';
import type { CalendarAdapter } from './types';

export const ADAPTERS: { readonly [S in CalendarSite]: CalendarAdapter<S> } = {
  google: googleAdapter,
  outlook: outlookAdapter,
};

/** The adapter for the calendar this URL shows, or null. */
export function adapterForUrl(url: URL): CalendarAdapter | null {
  const site = siteForUrl(url);
  return site ? ADAPTERS[site] : null;
}
