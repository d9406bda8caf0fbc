import { describe, expect, test } from 'vitest';
import { checklist, DEFAULT_CHECKLIST } from '../../../lib/db';

const texts = async () => (await checklist.ordered()).map((item) => item.text);

describe('checklist repository', () => {
  test('adds at the end, trimmed, switched on; refuses empty text', async () => {
    await checklist.restoreDefaults();
    const added = await checklist.add('  Thank them   for their time ');
    expect(added).toMatchObject({ text: 'Thank them for their time', enabled: true });
    expect((await texts()).at(-1)).toBe('Thank them for their time');
    await expect(checklist.add('   ')).rejects.toThrow(/words/);
    expect(await checklist.count()).toBe(DEFAULT_CHECKLIST.length + 1);
  });

  test('edits text in place; empty text keeps the old wording', async () => {
    const [first] = await checklist.restoreDefaults();
    if (!first) throw new Error('no defaults');
    await checklist.setText(first.id, 'Breathe first 🧘');
    expect((await checklist.get(first.id))?.text).toBe('Breathe first 🧘');
    expect(await checklist.setText(first.id, '  ')).toBeUndefined();
    expect((await checklist.get(first.id))?.text).toBe('Breathe first 🧘');
  });

  test('moves up and down, and is a no-op at the ends', async () => {
    await checklist.replaceAll([
      { id: 'a', text: 'A', order: 0, enabled: true },
      { id: 'b', text: 'B', order: 5, enabled: true },
      { id: 'c', text: 'C', order: 5, enabled: false },
    ]);
    await checklist.move('c', 'up');
    expect(await texts()).toEqual(['A', 'C', 'B']);
    await checklist.move('a', 'up');
    expect(await texts()).toEqual(['A', 'C', 'B']);
    await checklist.move('a', 'down');
    expect(await texts()).toEqual(['C', 'A', 'B']);
    await checklist.move('b', 'down');
    expect(await texts()).toEqual(['C', 'A', 'B']);
  });

  test('remove hands back the item, and putting it back restores its place', async () => {
    const items = await checklist.restoreDefaults();
    const second = items[1];
    if (!second) throw new Error('no defaults');
    const removed = await checklist.remove(second.id);
    expect(removed).toEqual(second);
    expect(await texts()).not.toContain(second.text);
    await checklist.put(second);
    expect(await texts()).toEqual([...DEFAULT_CHECKLIST]);
  });

  test('switches items on and off', async () => {
    const [first] = await checklist.restoreDefaults();
    if (!first) throw new Error('no defaults');
    await checklist.setEnabled(first.id, false);
    expect((await checklist.get(first.id))?.enabled).toBe(false);
  });

  test('restore defaults can be undone with the list as it was', async () => {
    const mine = [{ id: 'x', text: 'My own item', order: 0, enabled: false }];
    await checklist.replaceAll(mine);
    await checklist.restoreDefaults();
    expect(await texts()).toEqual([...DEFAULT_CHECKLIST]);
    await checklist.replaceAll(mine);
    expect(await checklist.ordered()).toEqual(mine);
  });
});
