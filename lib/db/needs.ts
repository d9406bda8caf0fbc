import type { Need, NeedStatus } from '../model';
import { getDb } from './open';
import { cleanText, newId, storeRepository } from './store';

const base = storeRepository('needs');

export const needs = {
  ...base,
  async forPerson(personId: string): Promise<Need[]> {
    const list = await (await getDb()).getAllFromIndex('needs', 'byPerson', personId);
    return list.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
  },
  async add(personId: string, text: string, now = Date.now()): Promise<Need> {
    const clean = cleanText(text);
    if (!clean) throw new Error('A need needs some words.');
    const existing = await needs.forPerson(personId);
    const order = existing.reduce((max, need) => Math.max(max, need.order), -1) + 1;
    return base.put({
      id: newId(),
      personId,
      text: clean,
      status: 'open',
      order,
      history: [{ status: 'open', at: now }],
      createdAt: now,
      updatedAt: now,
    });
  },
  /** Status changes keep their history: "how long has this waited" is read from it. */
  async setStatus(id: string, status: NeedStatus, meetingId?: string, now = Date.now()): Promise<Need | undefined> {
    const need = await base.get(id);
    if (!need || need.status === status) return need;
    const entry = meetingId ? { status, at: now, meetingId } : { status, at: now };
    return base.put({ ...need, status, history: [...need.history, entry], updatedAt: now });
  },
};
