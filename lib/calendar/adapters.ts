/** Which site adapter serves a page. The content script and the detect command both start here. */
import { googleAdapter } from './google';
import { outlookAdapter } from './outlook';
import type { CalendarAdapter } from './types';

export const ADAPTERS: readonly CalendarAdapter[] = [googleAdapter, outlookAdapter];

export function adapterForUrl(url: URL): CalendarAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? null;
}
