import type { ChecklistItem } from '../model';
import { getDb } from './open';
import { newId, storeRepository } from './store';

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

export const checklist = {
  ...base,
  async ordered(): Promise<ChecklistItem[]> {
    return (await getDb()).getAllFromIndex('checklist', 'byOrder');
  },
  /** First run (or "restore defaults"): replaces the list with the built-in items in one transaction. */
  async restoreDefaults(): Promise<ChecklistItem[]> {
    const items = DEFAULT_CHECKLIST.map((text, order) => ({ id: newId(), text, order, enabled: true }));
    const db = await getDb();
    const tx = db.transaction('checklist', 'readwrite');
    await tx.store.clear();
    await Promise.all(items.map((item) => tx.store.put(item)));
    await tx.done;
    return items;
  },
  async ensureDefaults(): Promise<ChecklistItem[]> {
    const items = await checklist.ordered();
    return items.length ? items : checklist.restoreDefaults();
  },
};
