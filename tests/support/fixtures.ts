/** Load a saved calendar page from tests/fixtures/<site>/<name> as an inert document (scripts never run). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CalendarSite } from '../../lib/calendar/sites';

/** Vitest runs from the repository root (where vitest.config.ts is). */
export function fixturePath(site: CalendarSite, name: string): string {
  return resolve(process.cwd(), 'tests/fixtures', site, name);
}

export function loadFixture(site: CalendarSite, name: string): Document {
  const html = readFileSync(fixturePath(site, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}
