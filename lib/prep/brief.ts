import type { ChecklistItem, Need, Note, PersonAbout, Question } from '../model';
import { isToRaise } from '../model';
import { isToAsk } from '../to-raise';

/**
 * The brief at the top of the card: what to say, in the half minute before the 1:1.
 * Pure rules over what `loadCard` read, so every ordering is a unit test.
 */

/** One line of "To raise": a need to raise or a question to ask, and how many 1:1s it has sat through. */
export type RaiseItem =
  | { kind: 'need'; id: string; need: Need; waited: number }
  | { kind: 'question'; id: string; question: Question; waited: number };

/**
 * Needs to raise and questions to ask as one list, most-waited first: what has sat through the
 * most 1:1s leads. Within the same wait, needs keep the user's order, then questions, oldest first.
 */
export function toRaiseList(
  needs: readonly Need[],
  questions: readonly Question[],
  /** How many 1:1s each has sat through, by id (`waitedCounts`, counted where the meetings are). */
  waited: Readonly<Record<string, number>>,
): RaiseItem[] {
  const items: RaiseItem[] = [
    ...needs
      .filter(isToRaise)
      .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt)
      .map((need) => ({ kind: 'need' as const, id: need.id, need, waited: waited[need.id] ?? 0 })),
    ...questions
      .filter(isToAsk)
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((question) => ({
        kind: 'question' as const,
        id: question.id,
        question,
        waited: waited[question.id] ?? 0,
      })),
  ];
  // A stable sort: ties keep the order built above.
  return items.sort((a, b) => b.waited - a.waited);
}

/**
 * The needs a "Move up / Move down" may jump over: the neighbours in the same wait group, as
 * shown. Across groups the list is ordered by waiting, which a move cannot override.
 */
export function movableNeighbours(list: readonly RaiseItem[], id: string): string[] {
  const item = list.find((entry) => entry.id === id);
  if (item?.kind !== 'need') return [];
  return list.filter((entry) => entry.kind === 'need' && entry.waited === item.waited).map((entry) => entry.id);
}

/** How many quick notes "Them right now" shows before "More". */
export const NOTES_ON_BRIEF = 2;

/** The newest quick notes first (they arrive newest first), cut to what the brief shows. */
export function briefNotes(notes: readonly Note[]): { shown: Note[]; more: number } {
  return { shown: notes.slice(0, NOTES_ON_BRIEF), more: Math.max(0, notes.length - NOTES_ON_BRIEF) };
}

/** Their pressures and style as one line each part, or nothing when the user wrote neither. */
export function themInOneLine(about: PersonAbout): { label: string; text: string }[] {
  const firstLine = (text: string) =>
    text
      .split(/\r?\n/)
      .find((line) => line.trim())
      ?.trim() ?? '';
  return [
    { label: 'Pressures', text: firstLine(about.pressures) },
    { label: 'Style', text: firstLine(about.style) },
  ].filter((part) => part.text);
}

/**
 * The one checklist line on the brief: each 1:1 shows its own item of the list (the same one on
 * every reload, ticked or not), so over a few 1:1s the whole list comes round.
 */
export function checklistLine(items: readonly ChecklistItem[], offset: number): ChecklistItem | undefined {
  if (!items.length) return undefined;
  return items[((offset % items.length) + items.length) % items.length];
}

/** Needs and open questions as `waitedCounts` takes them: a question not yet asked waits like a need. */
export function waitingItems(
  needs: readonly Need[],
  questions: readonly Question[],
): Pick<Need, 'id' | 'personId' | 'status' | 'createdAt'>[] {
  return [
    ...needs,
    ...questions
      .filter(isToAsk)
      .map(({ id, personId, createdAt }) => ({ id, personId, createdAt, status: 'open' as const })),
  ];
}
