import { isToRaise, type Need, type Question } from './model';

/**
 * What is still to bring up with a person: needs to raise (open, or raised and not met yet,
 * `isToRaise`) and questions not asked yet. The one count the card, the popup, the reminder and
 * the calendar badge all show, so they never disagree.
 */
export const isToAsk = (question: Pick<Question, 'status'>): boolean => question.status === 'open';

export function countToRaise(
  needs: readonly Pick<Need, 'status'>[],
  questions: readonly Pick<Question, 'status'>[],
): number {
  return needs.filter(isToRaise).length + questions.filter(isToAsk).length;
}

/** "3 to raise", or "nothing to raise yet": the same words everywhere the count shows. */
export function toRaiseWords(count: number): string {
  return count > 0 ? `${count} to raise` : 'nothing to raise yet';
}
