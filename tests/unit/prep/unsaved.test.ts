import { describe, expect, test } from 'vitest';
import { meetings, needs, people, questions } from '../../../lib/db';
import { localCardStore } from '../../../lib/prep/local-store';
import { forgetUnsaved, noteUnsaved, replayUnsaved } from '../../../lib/prep/unsaved';

/** A Storage in memory, like the page's localStorage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe('values noted but not yet written when the page closed', () => {
  test('are written by the next card, for every kind of field, then forgotten', async () => {
    const storage = memoryStorage();
    const need = await needs.add('dana', 'Feedback', 1);
    const question = await questions.add('dana', 'Q', 'mine', 1);
    await meetings.put({
      id: 'google:a:b',
      seriesId: 's',
      title: 't',
      start: null,
      end: null,
      personId: 'dana',
      ticks: [],
      notes: '',
      updatedAt: 1,
    });
    const dana = await people.add({ name: 'Dana', relation: 'manager' }, 1);
    noteUnsaved(storage, `need:${need.id}:text`, { value: 'Feedback early', at: 5 });
    noteUnsaved(storage, `question:${question.id}:text`, { value: 'Q2', at: 5 });
    noteUnsaved(storage, `question:${question.id}:answer`, { value: 'Yes', at: 6, meetingId: 'google:a:b' });
    noteUnsaved(storage, 'meeting:google:a:b:notes', { value: 'Bring the roadmap', at: 5 });
    noteUnsaved(storage, `person:${dana.id}:pressures`, { value: 'Headcount', at: 5 });
    storage.setItem('something-else', 'kept');

    expect(await replayUnsaved(storage, localCardStore())).toBe(5);
    expect((await needs.get(need.id))?.text).toBe('Feedback early');
    expect(await questions.get(question.id)).toMatchObject({
      text: 'Q2',
      answer: 'Yes',
      status: 'answered',
      meetingId: 'google:a:b',
    });
    expect((await meetings.get('google:a:b'))?.notes).toBe('Bring the roadmap');
    expect((await people.get(dana.id))?.about?.pressures).toBe('Headcount');
    expect(storage.length).toBe(1);
  });

  test('never overwrite an edit made after they were typed, nor revive a deleted record', async () => {
    const storage = memoryStorage();
    const need = await needs.add('dana', 'Feedback', 1);
    await needs.setText(need.id, 'Edited later elsewhere', 10);
    noteUnsaved(storage, `need:${need.id}:text`, { value: 'Stale', at: 5 });
    noteUnsaved(storage, 'need:deleted:text', { value: 'Ghost', at: 5 });
    await replayUnsaved(storage, localCardStore());
    expect((await needs.get(need.id))?.text).toBe('Edited later elsewhere');
    expect(await needs.get('deleted')).toBeUndefined();
    expect(storage.length).toBe(0);
  });

  test('are forgotten once written, unless a newer value was noted meanwhile', () => {
    const storage = memoryStorage();
    noteUnsaved(storage, 'need:1:text', { value: 'ab', at: 1 });
    noteUnsaved(storage, 'need:1:text', { value: 'abc', at: 2 });
    forgetUnsaved(storage, 'need:1:text', 'ab');
    expect(storage.length).toBe(1);
    forgetUnsaved(storage, 'need:1:text', 'abc');
    expect(storage.length).toBe(0);
  });
});
