import type { Question, QuestionKind } from '../model';
import { getDb } from './open';
import { checkLength, cleanText, newId, storeRepository } from './store';

const base = storeRepository('questions');
const QUESTION_GONE = 'This question was deleted in another window, so what you typed here is not saved.';

export interface AnswerOptions {
  /** The meeting the answer was given in; recorded when the question had none yet. */
  meetingId?: string;
  now?: number;
}

export const questions = {
  ...base,
  async forPerson(personId: string): Promise<Question[]> {
    const list = await (await getDb()).getAllFromIndex('questions', 'byPerson', personId);
    return list.sort((a, b) => a.createdAt - b.createdAt);
  },
  async add(personId: string, text: string, kind: QuestionKind = 'mine', now = Date.now()): Promise<Question> {
    const clean = checkLength(cleanText(text), 'This question');
    if (!clean) throw new Error('A question needs some words.');
    return base.put({ id: newId(), personId, text: clean, kind, status: 'open', createdAt: now, updatedAt: now });
  },
  /** Saves the words as typed; only-whitespace is refused so a question never becomes blank. */
  async setText(id: string, text: string, now = Date.now()): Promise<Question | undefined> {
    if (!cleanText(text)) throw new Error('A question needs some words: the last words are kept.');
    checkLength(text, 'This question');
    return base.update(
      id,
      (question) => (question.text === text ? undefined : { ...question, text, updatedAt: now }),
      QUESTION_GONE,
    );
  },
  /** Any answer, even an empty one, means it was asked: empty is "asked", words are "answered". */
  async answer(id: string, answer: string, { meetingId, now = Date.now() }: AnswerOptions = {}) {
    checkLength(answer, 'This answer');
    return base.update(
      id,
      (question) => {
        const next: Question = { ...question, answer, status: answer.trim() ? 'answered' : 'asked', updatedAt: now };
        if (meetingId && !question.meetingId) next.meetingId = meetingId;
        return next;
      },
      QUESTION_GONE,
    );
  },
  /** "I asked it", in this meeting. Keeps an answer already written. */
  async markAsked(id: string, meetingId: string, now = Date.now()): Promise<Question | undefined> {
    return base.update(id, (question) =>
      question.status !== 'open' ? undefined : { ...question, status: 'asked', meetingId, updatedAt: now },
    );
  },
  /** Undo of "Mark asked": back to open, so it carries over again. */
  async reopen(id: string, now = Date.now()): Promise<Question | undefined> {
    return base.update(id, (question) => {
      if (question.status === 'open') return undefined;
      const next: Question = { ...question, status: 'open', updatedAt: now };
      delete next.meetingId;
      return next;
    });
  },
};
