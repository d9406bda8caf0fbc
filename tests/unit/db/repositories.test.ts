import { describe, expect, test } from 'vitest';
import {
  checklist,
  DEFAULT_CHECKLIST,
  meetings,
  needs,
  notes,
  people,
  questions,
  series,
  settings,
  watchChanges,
} from '../../../lib/db';
import type { StoreName } from '../../../lib/db/schema';
import type { Meeting } from '../../../lib/model';

const dana = { name: '  Dana   Reyes ', emails: ['Dana@Example.com '], aliases: ['DR'], relation: 'manager' as const };

describe('people', () => {
  test('add cleans names and emails, and sorted() puts managers first', async () => {
    const mentor = await people.add({ name: 'Ana', relation: 'mentor' });
    const manager = await people.add(dana);
    expect(manager.name).toBe('Dana Reyes');
    expect(manager.emails).toEqual(['dana@example.com']);
    expect((await people.sorted()).map((p) => p.id)).toEqual([manager.id, mentor.id]);
  });

  test.each(['', '   ', '\n\t'])('refuses an empty name %j and stores nothing', async (name) => {
    await expect(people.add({ name, relation: 'manager' })).rejects.toThrow(/name/);
    expect(await people.count()).toBe(0);
  });

  test('delete removes and put restores (undo)', async () => {
    const person = await people.add(dana);
    await people.delete(person.id);
    expect(await people.get(person.id)).toBeUndefined();
    await people.put(person);
    expect(await people.get(person.id)).toEqual(person);
  });
});

describe('needs', () => {
  test('are listed per person in order, and status changes keep history', async () => {
    const first = await needs.add('p1', 'Tell me when you are disappointed in my work', 1000);
    const second = await needs.add('p1', 'Clarity on the promotion path', 2000);
    await needs.add('p2', 'Someone else', 3000);
    expect((await needs.forPerson('p1')).map((n) => n.id)).toEqual([first.id, second.id]);
    const raised = await needs.setStatus(first.id, 'raised', 'm1', 5000);
    expect(raised?.status).toBe('raised');
    expect(raised?.history).toEqual([
      { status: 'open', at: 1000 },
      { status: 'raised', at: 5000, meetingId: 'm1' },
    ]);
  });

  test('setting the same status twice adds no history', async () => {
    const need = await needs.add('p1', 'x');
    await needs.setStatus(need.id, 'open');
    expect((await needs.get(need.id))?.history).toHaveLength(1);
  });
});

describe('questions', () => {
  test('answering records the answer and status; clearing it leaves "asked"', async () => {
    const q = await questions.add('p1', 'What do you need from me?', 'flip-side');
    expect((await questions.answer(q.id, 'Earlier heads-up on risks'))?.status).toBe('answered');
    expect((await questions.answer(q.id, '  '))?.status).toBe('asked');
    expect(await questions.forPerson('p1')).toHaveLength(1);
  });
});

describe('checklist', () => {
  test('ensureDefaults seeds once; restoreDefaults replaces edits', async () => {
    const seeded = await checklist.ensureDefaults();
    expect(seeded.map((i) => i.text)).toEqual([...DEFAULT_CHECKLIST]);
    expect(await checklist.ensureDefaults()).toEqual(seeded);
    await checklist.put({ ...(seeded[0] as (typeof seeded)[0]), text: 'Mine' });
    const restored = await checklist.restoreDefaults();
    expect(restored.map((i) => i.text)).toEqual([...DEFAULT_CHECKLIST]);
    expect(await checklist.count()).toBe(DEFAULT_CHECKLIST.length);
  });
});

describe('meetings', () => {
  const meeting: Meeting = {
    id: 'google:abc_20260310T150000Z',
    seriesId: 'google:abc',
    title: 'Dana / Sam',
    start: '2026-03-10T15:00',
    end: '2026-03-10T15:30',
    personId: 'p1',
    ticks: [],
    notes: '',
    updatedAt: 0,
  };

  test('ticks toggle per meeting and notes save', async () => {
    await meetings.put(meeting);
    await meetings.toggleTick(meeting.id, 'item1');
    await meetings.toggleTick(meeting.id, 'item2');
    await meetings.toggleTick(meeting.id, 'item1');
    await meetings.setNotes(meeting.id, 'Asked about budget');
    const saved = await meetings.get(meeting.id);
    expect(saved?.ticks).toEqual(['item2']);
    expect(saved?.notes).toBe('Asked about budget');
    expect(await meetings.forSeries('google:abc')).toHaveLength(1);
    expect(await meetings.toggleTick('missing', 'x')).toBeUndefined();
  });
});

describe('notes', () => {
  test('recent() returns the newest first and only as many as asked', async () => {
    for (let i = 0; i < 30; i++) await notes.add({ text: `note ${i}` }, 1000 + i);
    const recent = await notes.recent(5);
    expect(recent.map((n) => n.text)).toEqual(['note 29', 'note 28', 'note 27', 'note 26', 'note 25']);
  });

  test('keeps line breaks and emoji, refuses whitespace', async () => {
    const note = await notes.add({ text: '  line one\nline two 🙂  ', personId: 'p1' });
    expect(note.text).toBe('line one\nline two 🙂');
    await expect(notes.add({ text: ' \n ' })).rejects.toThrow();
  });
});

describe('settings and series', () => {
  test('me has a default and round-trips', async () => {
    expect(await settings.getMe()).toEqual({ name: '', emails: [] });
    await settings.set('me', { name: 'Sam Patel', emails: ['sam@example.com'] });
    expect(await settings.getMe()).toEqual({ name: 'Sam Patel', emails: ['sam@example.com'] });
  });

  test('an override can be set, changed and cleared; confirmation is kept beside it', async () => {
    await series.confirm('s1', 'Dana / Sam', 'p1', 1);
    await series.setOverride('s1', 'Dana / Sam', 'always', 'p1', 2);
    expect(await series.get('s1')).toMatchObject({
      override: 'always',
      overridePersonId: 'p1',
      confirmedPersonId: 'p1',
    });
    await series.setOverride('s1', 'Dana / Sam', undefined);
    const cleared = await series.get('s1');
    expect(cleared?.override).toBeUndefined();
    expect(cleared?.overridePersonId).toBeUndefined();
    expect(cleared?.confirmedPersonId).toBe('p1');
  });
});

describe('change feed', () => {
  test('a write announces its store to other listeners, and only to those watching it', async () => {
    const seen: StoreName[] = [];
    const stop = watchChanges(['people'], (change) => seen.push(change.store));
    await notes.add({ text: 'not watched' });
    await people.add(dana);
    await expect.poll(() => seen).toEqual(['people']);
    stop();
  });
});
