import { afterEach, describe, expect, test, vi } from 'vitest';
import { needs, notes, questions, watchChanges } from '../../../lib/db';
import { getDb } from '../../../lib/db/open';
import { deleteRecentItem, fileQuickNote, recentItems } from '../../../lib/db/recent';

describe('recentItems', () => {
  test('merges notes, needs and questions newest first, with kind and person, up to the limit', async () => {
    await notes.add({ text: 'oldest note', personId: 'dana' }, 100);
    await needs.add('dana', 'a need', 200);
    await questions.add('lee', 'a question', 'mine', 300);
    await notes.add({ text: 'note for nobody' }, 400);
    await needs.add('lee', 'newest need', 500);

    expect(await recentItems(8)).toEqual([
      expect.objectContaining({ kind: 'need', text: 'newest need', personId: 'lee', createdAt: 500 }),
      { kind: 'note', id: expect.any(String), text: 'note for nobody', createdAt: 400 },
      expect.objectContaining({ kind: 'question', text: 'a question', personId: 'lee', createdAt: 300 }),
      expect.objectContaining({ kind: 'need', text: 'a need', personId: 'dana', createdAt: 200 }),
      expect.objectContaining({ kind: 'note', text: 'oldest note', personId: 'dana', createdAt: 100 }),
    ]);
    expect((await recentItems(2)).map((item) => item.createdAt)).toEqual([500, 400]);
    expect(await recentItems(0)).toEqual([]);
  });

  test('an empty store lists nothing', async () => {
    expect(await recentItems(8)).toEqual([]);
  });

  describe('reads are bounded', () => {
    afterEach(() => vi.restoreAllMocks());

    test('with thousands stored it reads at most limit records per store, and never everything', async () => {
      // Seed in one transaction, as the benchmark does: 3,000 notes, 500 needs, 500 questions;
      // the newest eight alternate between questions and needs.
      const db = await getDb();
      const tx = db.transaction(['notes', 'needs', 'questions'], 'readwrite');
      for (let i = 0; i < 3000; i++) void tx.objectStore('notes').put({ id: `n${i}`, text: `note ${i}`, createdAt: i });
      for (let i = 0; i < 500; i++) {
        const base = { personId: 'dana', order: i, history: [], updatedAt: 0 };
        void tx
          .objectStore('needs')
          .put({ ...base, id: `d${i}`, text: `need ${i}`, status: 'open', createdAt: 3000 + 2 * i });
        void tx
          .objectStore('questions')
          .put({ ...base, id: `q${i}`, text: `q ${i}`, kind: 'mine', status: 'open', createdAt: 3001 + 2 * i });
      }
      await tx.done;

      // Count every record a cursor lands on: one success event per record read.
      let recordsRead = 0;
      const openCursor = IDBIndex.prototype.openCursor;
      vi.spyOn(IDBIndex.prototype, 'openCursor').mockImplementation(function (this: IDBIndex, ...args) {
        const request = openCursor.apply(this, args);
        request.addEventListener('success', () => {
          if (request.result) recordsRead++;
        });
        return request;
      });
      const getAllOnStore = vi.spyOn(IDBObjectStore.prototype, 'getAll');
      const getAllOnIndex = vi.spyOn(IDBIndex.prototype, 'getAll');
      const recent = await recentItems(8);

      expect(recent.map((item) => item.createdAt)).toEqual([3999, 3998, 3997, 3996, 3995, 3994, 3993, 3992]);
      // Each store's cursor stops at its 8th record, whatever the store holds.
      expect(recordsRead).toBeGreaterThan(0);
      expect(recordsRead).toBeLessThanOrEqual(3 * 8);
      expect(getAllOnStore).not.toHaveBeenCalled();
      expect(getAllOnIndex).not.toHaveBeenCalled();
    });
  });
});

describe('fileQuickNote and deleteRecentItem', () => {
  test('each kind goes to its own store, and undo removes exactly that record', async () => {
    const need = await fileQuickNote('need', '  Clear   priorities ', 'dana');
    const question = await fileQuickNote('question', 'How is the reorg?', 'lee');
    const note = await fileQuickNote('note', 'line one\nline two', '');

    expect(need).toMatchObject({ kind: 'need', text: 'Clear priorities', personId: 'dana' });
    expect(await needs.get(need.id)).toMatchObject({ status: 'open', personId: 'dana' });
    expect(await questions.get(question.id)).toMatchObject({ kind: 'mine', status: 'open', personId: 'lee' });
    expect(await notes.get(note.id)).toEqual({ id: note.id, text: 'line one\nline two', createdAt: note.createdAt });

    const heard: string[] = [];
    const stop = watchChanges(['needs'], (change) => heard.push(change.store));
    expect(await deleteRecentItem(need)).toBe(true);
    expect(await needs.count()).toBe(0);
    expect(await questions.count()).toBe(1);
    expect(await notes.count()).toBe(1);
    expect(await deleteRecentItem(need)).toBe(false);
    await vi.waitFor(() => expect(heard).toEqual(['needs']));
    stop();
  });

  test('a need or question without a person is refused and nothing is stored', async () => {
    await expect(fileQuickNote('need', 'x', '')).rejects.toThrow(/person/);
    await expect(fileQuickNote('question', 'x', '')).rejects.toThrow(/person/);
    expect((await needs.count()) + (await questions.count())).toBe(0);
  });
});
