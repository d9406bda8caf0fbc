/**
 * The background's side of suggestions: it already hears every event a calendar page shows,
 * so it folds what could point at a 1:1 into a small digest (memory only, bounded: see
 * lib/suggestions/collect.ts), and forgets each part once the user has decided about it.
 * One change at a time, so two reports arriving together never overwrite each other.
 */
import type { CalendarEvent, CalendarSite } from '../calendar/types';
import { people, settings, watchChanges } from '../db';
import { parseAccountLabel } from '../suggestions/account';
import { collectAccount, collectEvents, forget } from '../suggestions/collect';
import { readEvidence, writeEvidence } from '../suggestions/session';
import { suggest } from '../suggestions/suggest';
import type { CalendarEvidence } from '../suggestions/types';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Applies `step` to the digest and forgets what is settled. A report that adds nothing (the
 * same week again) stops there, at the cost of one read; a decision (`settleAnyway`) always
 * looks for what it settled.
 */
function change(step: (evidence: CalendarEvidence) => CalendarEvidence | null, settleAnyway = false): Promise<void> {
  const run = queue.then(async () => {
    const before = await readEvidence();
    const changed = step(before);
    if (!changed && !settleAnyway) return;
    const after = (await settle(changed ?? before)) ?? changed ?? before;
    // A decided person's series, shown again, comes and goes in the same step: nothing to write.
    if (JSON.stringify(after) !== JSON.stringify(before)) await writeEvidence(after);
  });
  queue = run.catch((error) => console.error('Upward: keeping calendar suggestions failed', error));
  return queue as Promise<void>;
}

/** The digest without what the user has decided about, or null when nothing goes. */
async function settle(evidence: CalendarEvidence): Promise<CalendarEvidence | null> {
  if (evidence.series.length === 0 && evidence.account === null) return null;
  const [me, everyone, decided] = await Promise.all([settings.getMe(), people.all(), settings.get('suggestions')]);
  const { settled } = suggest({ evidence, me, people: everyone, dismissed: new Set(decided.dismissed) });
  return forget(evidence, settled, Boolean(me.name && me.emails.length));
}

/** Resolves once every change asked for so far has been written. */
export function suggestionsSettled(): Promise<void> {
  return queue.then(() => undefined);
}

/** What a calendar page reported: its events, an opened occurrence's guests, the account button's label. */
export function noteEvents(
  site: CalendarSite,
  events: readonly CalendarEvent[],
  shown: { guests?: ReadonlyMap<string, readonly string[]>; account?: string | null } = {},
) {
  return change((evidence) => {
    const now = Date.now();
    const withEvents = collectEvents(evidence, events, now, shown.guests);
    const signedIn = shown.account ? parseAccountLabel(shown.account) : null;
    const withAccount = signedIn && collectAccount(withEvents ?? evidence, site, signedIn, now);
    return withAccount ?? withEvents;
  });
}

/** A person added, a suggestion dismissed, "you" saved: forget what that settles, even with no calendar open. */
export function forgetDecidedOnChange(): () => void {
  return watchChanges(['people', 'settings'], () => void change(() => null, true));
}
