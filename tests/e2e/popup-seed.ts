import type { Page } from '@playwright/test';
import { type Seed, seedThroughImport } from '../support/seed.mjs';

/**
 * Seeds the store through the extension's own import (tests/support/seed.mjs), from a page of
 * the extension; the page hears of the change as it would of any import. For states a user
 * cannot make quickly by hand: a meeting the calendar reported, thousands of notes.
 */
export function seedStore(page: Page, seed: Seed): Promise<void> {
  return seedThroughImport(page.context(), new URL(page.url()).host, seed);
}

/** `YYYY-MM-DDTHH:mm` local wall time, as meetings store their start and end. */
export function wallTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}
