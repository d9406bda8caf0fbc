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
  async add(text: string, now = Date.now()): Promise<ChecklistItem> {
    const clean = cleanText(text);
    if (!clean) throw new Error('A checklist item needs some words.');
    // The last place is read and taken in one transaction, so two items added at once never share it.
    const tx = (await getDb()).transaction('checklist', 'readwrite');
    const last = await tx.store.index('byOrder').openCursor(null, 'prev');
    const item: ChecklistItem = { id: newId(), text: clean, order: (last?.value.order ?? -1) + 1, enabled: true };
    item.updatedAt = now;
    await tx.store.put(item);
    await tx.done;
    announceChange('checklist');
    return item;
  },
  /** New wording for an item; empty text keeps the old wording (returns undefined). */
  async setText(id: string, text: string, now = Date.now()): Promise<ChecklistItem | undefined> {
    const clean = cleanText(text);
    if (!clean) return undefined;
    return base.update(id, (item) => (item.text === clean ? undefined : { ...item, text: clean, updatedAt: now }));
  },
  async setEnabled(id: string, enabled: boolean, now = Date.now()): Promise<ChecklistItem | undefined> {
    return base.update(id, (item) => (item.enabled === enabled ? undefined : { ...item, enabled, updatedAt: now }));
  },
  /** Swaps an item with its neighbour; a no-op at either end. Read and written in one transaction. */
  async move(id: string, direction: 'up' | 'down', now = Date.now()): Promise<void> {
    const tx = (await getDb()).transaction('checklist', 'readwrite');
    const items = await tx.store.index('byOrder').getAll();
    const index = items.findIndex((item) => item.id === id);
    const otherIndex = direction === 'up' ? index - 1 : index + 1;
    if (index < 0 || !items[otherIndex]) {
      await tx.done;
      return;
    }
    // Orders may have gaps or ties (older data, imports): renumber the whole list once.
    const next = items.map((entry, order) => ({ ...entry, order }));
    const a = next[index] as ChecklistItem;
    const b = next[otherIndex] as ChecklistItem;
    [a.order, b.order] = [b.order, a.order];
    a.updatedAt = now;
    b.updatedAt = now;
    await Promise.all(
      next.map((entry, at) =>
        entry.order !== items[at]?.order || entry === a || entry === b ? tx.store.put(entry) : undefined,
      ),
    );
    await tx.done;
    announceChange('checklist');
  },
  /** Removes an item and hands it back, so the page can offer Undo (`put` restores it in place). */
  async remove(id: string): Promise<ChecklistItem | undefined> {
    return (await base.edit(id, (item) => (item ? null : undefined))).before;
  },
};
