import { type Commitment, isToRaise, type Meeting, type Mood, type Need, type Question } from '../model';
import type { ReadyCard } from '../prep/load';
import type { WrapUpInput } from './input';
import { type NeedOutcome, needOutcome, questionWrapUp } from './outcomes';

/**
 * The wrap-up's one screen, as data: every need still to raise (and any met in this 1:1),
 * every question still open (and any asked in it), open commitments to tick off, the notes,
 * mood and win. It starts from what is stored, so re-opening a wrap-up shows what was saved.
 */
export interface WrapUpForm {
  needs: { need: Need; outcome: NeedOutcome }[];
  questions: { question: Question; asked: boolean; answer: string }[];
  commitments: { commitment: Commitment; done: boolean }[];
  notes: string;
  mood: Mood | null;
  win: boolean;
}

export interface NewCommitmentRow {
  text: string;
  owner: 'me' | 'them';
  due: string;
}

type CardPart = Pick<ReadyCard, 'meeting' | 'needs' | 'questions' | 'commitments'>;

export function wrapUpForm({ meeting, needs, questions, commitments }: CardPart): WrapUpForm {
  const id = meeting.id;
  // In the user's order, wherever the card shows them (a need met here sits in its Done list).
  const listed = [...needs.active, ...needs.done]
    .filter((need) => isToRaise(need) || needOutcome(need, id) === 'met')
    .sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
  return {
    needs: listed.map((need) => ({ need, outcome: needOutcome(need, id) })),
    questions: questions
      .filter((question) => question.status === 'open' || question.meetingId === id)
      .map((question) => ({ question, ...questionWrapUp(question, id) })),
    commitments: [
      ...commitments.open.map((commitment) => ({ commitment, done: false })),
      ...commitments.closedHere
        .filter((commitment) => commitment.status === 'done')
        .map((commitment) => ({ commitment, done: true })),
    ],
    notes: meeting.notes,
    mood: meeting.mood ?? null,
    win: meeting.win === true,
  };
}

/** What is sent to be saved: ids and choices only, and the new commitments that have words. */
export function wrapUpInput(form: WrapUpForm, added: readonly NewCommitmentRow[]): WrapUpInput {
  return {
    needs: form.needs.map(({ need, outcome }) => ({ id: need.id, outcome })),
    questions: form.questions.map(({ question, asked, answer }) => ({ id: question.id, asked, answer })),
    commitments: form.commitments.map(({ commitment, done }) => ({ id: commitment.id, done })),
    newCommitments: added
      .filter((row) => row.text.trim())
      .map((row) =>
        row.due ? { text: row.text, owner: row.owner, due: row.due } : { text: row.text, owner: row.owner },
      ),
    notes: form.notes,
    mood: form.mood,
    win: form.win,
  };
}

/** "Wrapped up Tue 10 Mar · felt 4/5": what the card says once a wrap-up is saved. */
export function wrappedUpWords(meeting: Pick<Meeting, 'wrappedUpAt' | 'mood'>): string {
  if (meeting.wrappedUpAt === undefined) return '';
  return meeting.mood ? `Wrapped up · felt ${meeting.mood}/5` : 'Wrapped up';
}
