/**
 * The signed-in account as a calendar page labels its account button, parsed in the
 * background (the content script only passes the label on, to stay small). Shapes, from
 * pages others have saved (see README.md):
 *   Google:  "Google Account: Sam Patel  \n(sam@example.com)", "Compte Google : …", or "…: sam@example.com"
 *   Outlook: the account manager button's "Account manager for Sam Patel sam@example.com" (English;
 *            in other languages only the address is taken).
 * The label is untrusted page text: anything odd gives null rather than a strange name.
 */
import { isEmail } from '../db/people-admin';

export interface AccountLabel {
  name: string | null;
  email: string | null;
}

const EMAIL_IN_TEXT = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+/g;
/** Outlook's English button label; other languages' words are unknown, so only the address is taken. */
const OUTLOOK_PREFIX = /^account manager for\s+/i;
const MAX_NAME = 100;

export function parseAccountLabel(label: string): AccountLabel {
  const text = label.replace(/\s+/g, ' ').trim();
  const found = text.match(EMAIL_IN_TEXT) ?? [];
  const email = found.length === 1 && found[0] && isEmail(found[0]) ? found[0].toLowerCase() : null;
  const rest = text.replace(EMAIL_IN_TEXT, ' ').replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  const colon = rest.search(/[:：]/);
  let name: string;
  // Google: "<product words>: <name>" in every language.
  if (colon >= 0) name = rest.slice(colon + 1).trim();
  else if (OUTLOOK_PREFIX.test(rest)) name = rest.replace(OUTLOOK_PREFIX, '');
  else name = '';
  const plausible = name.length <= MAX_NAME && /\p{L}/u.test(name) && !/[<>{}[\]\\@:\d]/.test(name);
  return { name: plausible ? name : null, email };
}
