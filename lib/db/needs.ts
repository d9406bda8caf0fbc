import type { Need, NeedStatus } from '../model';
import { announceChange } from './changes';
import { getDb } from './open';
import { checkLength, cleanText, newId, storeRepository } from './store';

const base = storeRepository('needs');
const NEED_GONE = 'This need was deleted in another window, so what you typed here is not saved.';

export const needs = {
  ...base,
  async forPerson(personId: string): Promise<Need[]> {
    const list = await (await getDb()).getAllFromIndex('needs', 'byPerson', personId);
    return list.sort((a, b) => a.order - b.order || a.createdAt - b.createdAt);
  },
  async add(personId: string, text: string, now = Date.now()): Promise<Need> {
    const clean = checkLength(cleanText(text), 'This need');
    if (!clean) throw new Error('A need needs some words.');
    // The next place is read and taken in one transaction: two needs added at once never share it.
    const tx = (await getDb()).transaction('needs', 'readwrite');
    const existing = await tx.store.index('byPerson').getAll(personId);
    const order = existing.reduce((max, need) => Math.max(max, need.order), -1) + 1;
    const need: Need = {
      id: newId(),
      personId,
      text: clean,
      status: 'open',
      order,
      history: [{ status: 'open', at: now }],
      createdAt: now,
      updatedAt: now,
    };
    await tx.store.put(need);
    await tx.done;
    announceChange('needs');
    return need;
  },
  /** Status changes keep their history: "how long has this waited" is read from it. */
  async setStatus(id: string, status: NeedStatus, meetingId?: string, now = Date.now()): Promise<Need | undefined> {
    return base.update(
      id,
      (need) => {
        if (need.status === status) return undefined;
        const entry = meetingId ? { status, at: now, meetingId } : { status, at: now };
        return { ...need, status, history: [...need.history, entry], updatedAt: now };
      },
      NEED_GONE,
    );
  },
  /**
   * Saves the words as typed (written on every keystroke, so spaces between words
   * survive). Only-whitespace is refused: a need never silently becomes blank.
   */
  async setText(id: string, text: string, now = Date.now()): Promise<Need | undefined> {
    if (!cleanText(text)) throw new Error('A need needs some words: the last words are kept.');
    checkLength(text, 'This need');
    return base.update(id, (need) => (need.text === text ? undefined : { ...need, text, updatedAt: now }), NEED_GONE);
  },
  /**
   * Moves a need one place up or down among `visible` (the ids the user sees, in
   * order): it jumps over its visible neighbour, and all the person's needs are
   * renumbered 0..n in one transaction (hidden, resolved ones keep their relative
   * places). Returns false at either end or when a need is gone.
   */
  async move(id: string, direction: 'up' | 'down', visible: readonly string[], now = Date.now()): Promise<boolean> {
    const at = visible.indexOf(id);
    const neighbourId = visible[direction === 'up' ? at - 1 : at + 1];
    if (at < 0 || neighbourId === undefined) return false;
    const tx = (await getDb()).transaction('needs', 'readwrite');
    const moving = await tx.store.get(id);
    const all = moving
      ? (await tx.store.index('byPerson').getAll(moving.personId)).sort(
          (a, b) => a.order - b.order || a.createdAt - b.createdAt,
        )
      : [];
    const rest = all.filter((need) => need.id !== id);
    const neighbour = rest.findIndex((need) => need.id === neighbourId);
    if (!moving || neighbour < 0) {
      await tx.done;
      return false;
    }
    rest.splice(direction === 'up' ? neighbour : neighbour + 1, 0, moving);
    await Promise.all(
      rest.map((need, order) => (need.order === order ? undefined : tx.store.put({ ...need, order, updatedAt: now }))),
    );
    await tx.done;
    announceChange('needs');
    return true;
  },
};
