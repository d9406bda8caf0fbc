// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { googleAdapter } from '../../../lib/calendar/google';
import { outlookAdapter } from '../../../lib/calendar/outlook';
import type { CalendarAdapter } from '../../../lib/calendar/types';

// The account buttons as the apps render them (shapes in lib/suggestions/README.md); the
// adapter only says where the button is, the background parses its label.
const PAGES: [string, CalendarAdapter, string, string | null][] = [
  [
    'Google: the account button',
    googleAdapter,
    '<header><a class="gb_B" aria-label="Google Account: Sam Patel  &#10;(sam@example.com)" href="https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://calendar.google.com/calendar/r" role="button"><img alt=""></a></header>',
    'Google Account: Sam Patel  \n(sam@example.com)',
  ],
  [
    'Google: another language',
    googleAdapter,
    '<a aria-label="Compte Google : Anaïs Martin (anais@example.fr)" href="https://accounts.google.com/SignOutOptions?hl=fr"></a>',
    'Compte Google : Anaïs Martin (anais@example.fr)',
  ],
  [
    'Google: signed out, no button',
    googleAdapter,
    '<header><a href="https://accounts.google.com/ServiceLogin">Sign in</a></header>',
    null,
  ],
  [
    'Outlook: the older account manager',
    outlookAdapter,
    '<a id="mectrl_main_trigger" aria-label="Account manager for Sam Patel" href="#"></a>',
    'Account manager for Sam Patel',
  ],
  [
    'Outlook: only the button',
    outlookAdapter,
    '<button id="O365_MainLink_Me" aria-label="Account manager for Sam Patel sam@example.com"></button>',
    'Account manager for Sam Patel sam@example.com',
  ],
  ['Outlook: no account manager', outlookAdapter, '<div data-app-section="Surface_Week"></div>', null],
];

describe("accountSelector: the signed-in account's button", () => {
  test.each(PAGES)('%s', (_name, adapter, html, expected) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    expect(doc.querySelector(adapter.accountSelector)?.getAttribute('aria-label') ?? null).toBe(expected);
  });
});
