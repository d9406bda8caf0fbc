import type { Commitment } from '../model';

/** Past its due date (a `YYYY-MM-DD` compared with today's, both local) and still open. */
export function isOverdue(commitment: Pick<Commitment, 'status' | 'due'>, today: string): boolean {
  return commitment.status === 'open' && commitment.due !== undefined && commitment.due < today;
}

/**
 * The order open commitments are shown in, wherever they are shown: overdue first, then
 * by due date (soonest first), then those with no date, oldest first. Theirs and yours
 * mix: what matters is what is late.
 */
export function byUrgency(today: string) {
  return (a: Commitment, b: Commitment): number => {
    const late = Number(isOverdue(b, today)) - Number(isOverdue(a, today));
    if (late) return late;
    if (a.due !== b.due) return a.due === undefined ? 1 : b.due === undefined ? -1 : a.due < b.due ? -1 : 1;
    return a.createdAt - b.createdAt;
  };
}

export interface CommitmentsOnCard {
  /** Still open, most urgent first: they carry over until closed. */
  open: Commitment[];
  /** Closed in this meeting (so a slip can be taken back where it was made). */
  closedHere: Commitment[];
}

export function commitmentsOnCard(all: readonly Commitment[], meetingId: string, today: string): CommitmentsOnCard {
  return {
    open: all.filter((c) => c.status === 'open').sort(byUrgency(today)),
    closedHere: all.filter((c) => c.status !== 'open' && c.closedMeetingId === meetingId),
  };
}

/** Open ones owed by the user and by the person: the popup's and the wrap-up's count. */
export function openCommitments(all: readonly Commitment[]): { mine: number; theirs: number } {
  let mine = 0;
  let theirs = 0;
  for (const c of all) if (c.status === 'open') c.owner === 'me' ? mine++ : theirs++;
  return { mine, theirs };
}
