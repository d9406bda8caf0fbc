import { beforeEach, describe, expect, test } from 'vitest';
import { meetings, needs, people, questions } from '../../../lib/db';
import { localCardStore } from '../../../lib/prep/local-store';
import { type NoteSeal, newNoteKey, noteSeal } from '../../../lib/prep/note-seal';
import { forgetUnsaved, type NoteArea, noteUnsaved, replayUnsaved } from '../../../lib/prep/unsaved';

/** An extension storage area in memory, like `browser.storage.local`. */
function memoryArea(): NoteArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async () => Object.fromEntries(items),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, structuredClone(value));
    },
    remove: async (keys) => {
      for (const key of [keys].flat()) items.delete(key);
    },
  };
}
let seal: NoteSeal;
beforeEach(async () => {
  seal = await noteSeal(newNoteKey());
});

describe('values noted but not yet written when the background went away', () => {
  test('are written when it starts again, for every kind of field, then removed', async () => {
    const area = memoryArea();
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
    await noteUnsaved(area, `need:${need.id}:text`, { value: 'Feedback e', at: 4 }, seal);
    await noteUnsaved(area, `need:${need.id}:text`, { value: 'Feedback early', at: 5 }, seal);
    await noteUnsaved(area, `question:${question.id}:text`, { value: 'Q2', at: 5 }, seal);
    await noteUnsaved(area, `question:${question.id}:answer`, { value: 'Yes', at: 6, meetingId: 'google:a:b' }, seal);
    await noteUnsaved(area, 'meeting:google:a:b:notes', { value: 'Bring the roadmap', at: 5 }, seal);
    await noteUnsaved(area, `person:${dana.id}:pressures`, { value: 'Headcount', at: 5 }, seal);
    await area.set({ 'something-else': 'kept' });

    expect(await replayUnsaved(area, localCardStore(), seal)).toBe(5);
    expect((await needs.get(need.id))?.text).toBe('Feedback early');
    expect(await questions.get(question.id)).toMatchObject({
      text: 'Q2',
      answer: 'Yes',
      status: 'answered',
      meetingId: 'google:a:b',
    });
    expect((await meetings.get('google:a:b'))?.notes).toBe('Bring the roadmap');
    expect((await people.get(dana.id))?.about?.pressures).toBe('Headcount');
    expect([...area.items.keys()]).toEqual(['something-else']);
  });

  test('never overwrite an edit made after they were typed, nor revive a deleted record', async () => {
    const area = memoryArea();
    const need = await needs.add('dana', 'Feedback', 1);
    await needs.setText(need.id, 'Edited later elsewhere', 10);
    await noteUnsaved(area, `need:${need.id}:text`, { value: 'Stale', at: 5 }, seal);
    await noteUnsaved(area, 'need:deleted:text', { value: 'Ghost', at: 5 }, seal);
    expect(await replayUnsaved(area, localCardStore(), seal)).toBe(0);
    expect((await needs.get(need.id))?.text).toBe('Edited later elsewhere');
    expect(await needs.get('deleted')).toBeUndefined();
    expect(area.items.size).toBe(0);
  });

  test('each note is removed once its own value is written, whatever was noted after it', async () => {
    const area = memoryArea();
    const first = await noteUnsaved(area, 'need:1:text', { value: 'ab', at: 1 }, seal);
    const second = await noteUnsaved(area, 'need:1:text', { value: 'abc', at: 2 }, seal);
    forgetUnsaved(area, first);
    await new Promise((done) => setTimeout(done, 0));
    expect([...area.items.keys()]).toEqual([second]);
  });

  test('hold only ciphertext: what is typed cannot be read without the key, and a wrong key reads nothing', async () => {
    const area = memoryArea();
    const need = await needs.add('dana', 'Feedback', 1);
    await noteUnsaved(area, `need:${need.id}:text`, { value: 'The reorg worries me', at: 5 }, seal);
    expect(JSON.stringify([...area.items])).not.toMatch(/reorg|worries/);
    expect(await replayUnsaved(area, localCardStore(), await noteSeal(newNoteKey()))).toBe(0);
    expect((await needs.get(need.id))?.text).toBe('Feedback');
  });
});
