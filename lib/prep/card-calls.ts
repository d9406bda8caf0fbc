import { openHistory, openPrepTab } from '../background/open-page';
import { cardNoteKey } from '../background/unsaved';
import { commitments, meetings, needs, people, questions, series, settings } from '../db';
import { saveWrapUp } from '../db/wrap-up';
import { loadCard } from './load';

/**
 * Everything the prep card may ask of the store, by name. The card in the calendar's
 * iframe never opens IndexedDB itself: a frame inside a web page is a third-party
 * context, where browsers refuse it storage (third-party cookies blocked) or give it
 * a separate, per-site copy (storage partitioning), either of which would lose or
 * split the user's notes. So the card sends these calls to the background, which
 * runs them against the one real store. The list is also the allowlist: nothing
 * outside it can be called.
 */
export const cardCalls = {
  loadCard,
  appearance: () => settings.get('appearance'),
  'needs.get': needs.get,
  'needs.add': needs.add,
  'needs.setText': needs.setText,
  'needs.move': needs.move,
  'needs.setStatus': needs.setStatus,
  'needs.delete': needs.delete,
  'needs.put': needs.put,
  'questions.get': questions.get,
  'questions.add': questions.add,
  'questions.setText': questions.setText,
  'questions.answer': questions.answer,
  'questions.markAsked': questions.markAsked,
  'questions.reopen': questions.reopen,
  'questions.delete': questions.delete,
  'questions.put': questions.put,
  'meetings.get': meetings.get,
  'meetings.setTick': meetings.setTick,
  'meetings.setNotes': meetings.setNotes,
  'meetings.setPerson': meetings.setPerson,
  'people.get': people.get,
  'people.setAbout': people.setAbout,
  'series.setOverride': series.setOverride,
  'commitments.get': commitments.get,
  'commitments.add': commitments.add,
  'commitments.setText': commitments.setText,
  'commitments.setDue': commitments.setDue,
  'commitments.setStatus': commitments.setStatus,
  'commitments.delete': commitments.delete,
  'commitments.put': commitments.put,
  /** The whole wrap-up in one transaction; its input is checked (lib/wrap-up/input.ts). */
  'wrapUp.save': saveWrapUp,
  /** The person's history page, in a tab of its own. */
  'pages.openHistory': openHistory,
  /** The key the card seals its notes of what is being typed with (lib/prep/unsaved.ts). */
  'unsaved.key': cardNoteKey,
  /** The same card in a tab of its own (from the card's "⋯" menu in the calendar's frame). */
  'pages.openPrepTab': openPrepTab,
};

export type CardCalls = typeof cardCalls;
export type CardCallName = keyof CardCalls;
export type CardCallArgs<N extends CardCallName> = Parameters<CardCalls[N]>;
export type CardCallResult<N extends CardCallName> = Awaited<ReturnType<CardCalls[N]>>;

export const isCardCallName = (name: unknown): name is CardCallName =>
  typeof name === 'string' && Object.hasOwn(cardCalls, name);
