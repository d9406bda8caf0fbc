import type { Question, QuestionKind } from '../model';
import { getDb } from './open';
import { cleanText, newId, storeRepository } from './store';

const base = storeRepository('questions');

export const questions = {
  ...base,
  async forPerson(personId: string): Promise<Question[]> {
    const list = await (await getDb()).getAllFromIndex('questions', 'byPerson', personId);
    return list.sort((a, b) => a.createdAt - b.createdAt);
  },
  async add(personId: string, text: string, kind: QuestionKind = 'mine', now = Date.now()): Promise<Question> {
    const clean = cleanText(text);
    if (!clean) throw new Error('A question needs some words.');
    return base.put({ id: newId(), personId, text: clean, kind, status: 'open', createdAt: now, updatedAt: now });
  },
  async answer(id: string, answer: string, now = Date.now()): Promise<Question | undefined> {
    const question = await base.get(id);
    if (!question) return undefined;
    return base.put({ ...question, answer, status: answer.trim() ? 'answered' : 'asked', updatedAt: now });
  },
};
