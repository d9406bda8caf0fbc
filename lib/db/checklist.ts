import type { ChecklistItem } from '../model';
import { announceChange } from './changes';
import { getDb } from './open';
import { cleanText, newId, storeRepository } from './store';

/**
 * The empathy checklist's starting items, from practices 4 and 7: your boss is
 * a person under pressure you do not see, and listening beats talking.
 */
export const DEFAULT_CHECKLIST: readonly string[] = [
  'See the person, not the title: what might be weighing on them this week?',
  'Open with something human before the agenda.',
  'If they seem off, offer grace: a bad day is not a verdict on you.',
  'Ask how you can make their week easier.',
  'Listen fully: set your agenda aside while they talk.',
];

const base = storeRepository('checklist');

/** Replaces the whole list in one transaction, so no page ever sees half of it. */
async function replaceAll(items: readonly ChecklistItem[]): Promise<void> {
  const db = await getDb();
  const tx = db.transaction('checklist', 'readwrite');
  await tx.store.clear();
  await Promise.all(items.map((item) => tx.store.put(item)));
  await tx.done;
  announceChange('checklist');
}

export const checklist = {
  ...base,
  async ordered(): Promise<ChecklistItem[]> {
    return (await getDb()).getAllFromIndex('checklist', 'byOrder');
  },
  /** First run (or "restore defaults"): replaces the list with the built-in items in one transaction. */
  async restoreDefaults(): Promise<ChecklistItem[]> {
    const items = DEFAULT_CHECKLIST.map((text, order) => ({ id: newId(), text, order, enabled: true }));
    await replaceAll(items);
    return items;
  },
  async ensureDefaults(): Promise<ChecklistItem[]> {
    const items = await checklist.ordered();
    return items.length ? items : checklist.restoreDefaults();
  },
  /** Puts back a list exactly as it was (undo of "restore defaults"). */
  replaceAll,
  /** A new item at the end, switched on. Empty text is refused. */
  async add(text: string): Promise<ChecklistItem> {
    const clean = cleanText(text);
    if (!clean) throw new Error('A checklist item needs some words.');
    const items = await checklist.ordered();
    const order = (items.at(-1)?.order ?? -1) + 1;
    return base.put({ id: newId(), text: clean, order, enabled: true });
  },
  /** New wording for an item; empty text keeps the old wording (returns undefined). */
  async setText(id: string, text: string): Promise<ChecklistItem | undefined> {
    const clean = cleanText(text);
    const item = await base.get(id);
    if (!item || !clean) return undefined;
    if (item.text === clean) return item;
    return base.put({ ...item, text: clean });
  },
  async setEnabled(id: string, enabled: boolean): Promise<ChecklistItem | undefined> {
    const item = await base.get(id);
    if (!item) return undefined;
    return base.put({ ...item, enabled });
  },
  /** Swaps an item with its neighbour; a no-op at either end. Both writes land together. */
  async move(id: string, direction: 'up' | 'down'): Promise<void> {
    const items = await checklist.ordered();
    const index = items.findIndex((item) => item.id === id);
    const other = items[direction === 'up' ? index - 1 : index + 1];
    const item = items[index];
    if (!item || !other) return;
    // Orders may have gaps or ties (older data, imports): renumber the whole list once.
    const next = items.map((entry, order) => ({ ...entry, order }));
    const a = next[index] as ChecklistItem;
    const b = next[direction === 'up' ? index - 1 : index + 1] as ChecklistItem;
    [a.order, b.order] = [b.order, a.order];
    const db = await getDb();
    const tx = db.transaction('checklist', 'readwrite');
    await Promise.all(next.map((entry) => tx.store.put(entry)));
    await tx.done;
    announceChange('checklist');
  },
  /** Removes an item and hands it back, so the page can offer Undo (`put` restores it in place). */
  async remove(id: string): Promise<ChecklistItem | undefined> {
    const item = await base.get(id);
    if (item) await base.delete(id);
    return item;
  },
};
