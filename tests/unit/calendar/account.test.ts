// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { googleAdapter } from '../../../lib/calendar/google';
import { outlookAdapter } from '../../../lib/calendar/outlook';
import type { CalendarAdapter } from '../../../lib/calendar/types';

// The account buttons as the apps render them (shapes in lib/suggestions/README.md); the
// adapter only finds the label, the background parses it.
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
    'Google: a look-alike link elsewhere on the page does not count',
    googleAdapter,
    '<a aria-label="Google Account: Mallory (m@evil.example)" href="https://evil.example/SignOutOptions"></a>',
    null,
  ],
  [
    'Google: signed out, no button',
    googleAdapter,
    '<header><a href="https://accounts.google.com/ServiceLogin">Sign in</a></header>',
    null,
  ],
  [
    'Outlook: the account card',
    outlookAdapter,
    '<div id="mectrl_currentAccount_primary">Sam Patel</div><div id="mectrl_currentAccount_secondary">sam@example.com</div>',
    'Sam Patel (sam@example.com)',
  ],
  [
    'Outlook: only the button',
    outlookAdapter,
    '<button id="O365_MainLink_Me" aria-label="Account manager for Sam Patel sam@example.com"></button>',
    'Account manager for Sam Patel sam@example.com',
  ],
  ['Outlook: no account manager', outlookAdapter, '<div data-app-section="Surface_Week"></div>', null],
];

describe('readAccount', () => {
  test.each(PAGES)('%s', (_name, adapter, html, expected) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    expect(adapter.readAccount(doc)).toBe(expected);
  });
});
