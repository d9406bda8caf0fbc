import { describe, expect, test } from 'vitest';
import { type AccountLabel, parseAccountLabel } from '../../../lib/suggestions/account';

// Account button labels as pages show them (see lib/suggestions/README.md for where each shape comes from).
const LABELS: [label: string, expected: AccountLabel][] = [
  ['Google Account: Sam Patel  \n(sam@example.com)', { name: 'Sam Patel', email: 'sam@example.com' }],
  ['Google Account: Sam Patel (Sam@Example.com)', { name: 'Sam Patel', email: 'sam@example.com' }],
  ['Compte Google : Anaïs Martin (anais@example.fr)', { name: 'Anaïs Martin', email: 'anais@example.fr' }],
  ['Google アカウント: 山田 太郎 (taro@example.jp)', { name: '山田 太郎', email: 'taro@example.jp' }],
  ['Google Account: sam@example.com', { name: null, email: 'sam@example.com' }],
  ['Account manager for Sam Patel sam@example.com', { name: 'Sam Patel', email: 'sam@example.com' }],
  ['Account manager for Sam Patel', { name: 'Sam Patel', email: null }],
  // Words of no known label: the address only.
  ['Sam Patel (sam@example.com)', { name: null, email: 'sam@example.com' }],
  // Another language's Outlook button: its words are not a name; the address still counts.
  ['Kontoverwaltung für Sam Patel sam@example.com', { name: null, email: 'sam@example.com' }],
  // Hostile or odd labels give nothing strange.
  ['Google Account: <img src=x onerror=alert(1)> (sam@example.com)', { name: null, email: 'sam@example.com' }],
  ['Google Account: Sam (a@example.com) (b@example.com)', { name: 'Sam', email: null }],
  [`Google Account: ${'A'.repeat(300)} (sam@example.com)`, { name: null, email: 'sam@example.com' }],
  ['Google Account: 12345 (not-an-email)', { name: null, email: null }],
  ['', { name: null, email: null }],
];

describe('parseAccountLabel', () => {
  test.each(LABELS)('%j', (label, expected) => {
    expect(parseAccountLabel(label)).toEqual(expected);
  });
});
