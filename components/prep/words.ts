import type { NeedStatus, QuestionKind, QuestionStatus } from '../../lib/model';

/** Plain tags for a question's kind (no in-house terms): what it is to the user. */
export const KIND_LABEL: Record<QuestionKind, string> = {
  mine: 'Question',
  'flip-side': 'Their side',
  coaching: 'Under pressure',
};

export const NEED_STATUS_LABEL: Record<NeedStatus, string> = {
  open: 'Open',
  raised: 'Raised',
  met: 'Met',
  dropped: 'Dropped',
};

/** The small chip beside an item: what it is, and where it stands. */
export function needChip(status: NeedStatus): string {
  return status === 'open' ? 'Need' : status === 'raised' ? 'Raised, not met yet' : NEED_STATUS_LABEL[status];
}

export function questionChip(kind: QuestionKind, status: QuestionStatus): string {
  return status === 'open' ? KIND_LABEL[kind] : status === 'asked' ? 'Asked' : 'Answered';
}
