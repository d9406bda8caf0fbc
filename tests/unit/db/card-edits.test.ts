import { describe, expect, test } from 'vitest';
import { meetings, needs, people, questions, watchChanges } from '../../../lib/db';
import type { Meeting } from '../../../lib/model';
import { recordMeetings } from '../../../lib/recognition/recognise';
import { meeting as record } from '../../support/records';

const meeting = (id: string, extra: Partial<Meeting> = {}): Meeting =>
  record({ id, seriesId: 's1', start: '2025-05-15T10:00', end: '2025-05-15T10:30', ...extra });

describe('needs, as the card edits them', () => {
  test('text is saved as typed (spaces between words survive), and never blank', async () => {
    const need = await needs.add('dana', 'Feedback');
    await needs.setText(need.id, 'Feedback ');
    expect((await needs.get(need.id))?.text).toBe('Feedback ');
    await expect(needs.setText(need.id, '  \n ')).rejects.toThrow(/words/);
    expect((await needs.get(need.id))?.text).toBe('Feedback ');
    const huge = `${'🙂 مرحبا '.repeat(12_000)}end`;
    await needs.setText(need.id, huge);
    expect((await needs.get(need.id))?.text).toBe(huge);
  });

  test('move up and down among the visible needs, keeping hidden ones in their places', async () => {
    const a = await needs.add('dana', 'a', 1);
    const done = await needs.add('dana', 'done', 2);
    const b = await needs.add('dana', 'b', 3);
    const c = await needs.add('dana', 'c', 4);
    await needs.setStatus(done.id, 'met');
    const visible = [a.id, b.id, c.id];
    expect(await needs.move(c.id, 'up', visible)).toBe(true);
    const texts = async () => (await needs.forPerson('dana')).map((n) => n.text);
    expect(await texts()).toEqual(['a', 'done', 'c', 'b']);
    expect(await needs.move(a.id, 'up', [a.id, c.id, b.id])).toBe(false);
    expect(await needs.move(a.id, 'down', [a.id, c.id, b.id])).toBe(true);
    expect(await texts()).toEqual(['done', 'c', 'a', 'b']);
    expect(await needs.move(b.id, 'down', [c.id, a.id, b.id])).toBe(false);
    expect(await needs.move('gone', 'up', [c.id, 'gone'])).toBe(false);
  });

  test('a status change records the meeting it happened in; the same status twice adds nothing', async () => {
    const need = await needs.add('dana', 'x', 1);
    await needs.setStatus(need.id, 'raised', 'm1', 2);
    await needs.setStatus(need.id, 'raised', 'm1', 3);
    await needs.setStatus(need.id, 'met', 'm2', 4);
    expect((await needs.get(need.id))?.history).toEqual([
      { status: 'open', at: 1 },
      { status: 'raised', at: 2, meetingId: 'm1' },
      { status: 'met', at: 4, meetingId: 'm2' },
    ]);
  });
});

describe('questions, as the card edits them', () => {
  test('mark asked records the meeting; reopen undoes it', async () => {
    const q = await questions.add('dana', 'What do you need from me?', 'flip-side');
    const asked = await questions.markAsked(q.id, 'm1');
    expect(asked).toMatchObject({ status: 'asked', meetingId: 'm1' });
    const reopened = await questions.reopen(q.id);
    expect(reopened?.status).toBe('open');
    expect(reopened?.meetingId).toBeUndefined();
  });

  test('an answer marks it answered in this meeting (keeping an earlier meeting if asked there)', async () => {
    const q = await questions.add('dana', 'Q');
    expect(await questions.answer(q.id, 'More heads-up on risks', { meetingId: 'm2' })).toMatchObject({
      status: 'answered',
      meetingId: 'm2',
    });
    const other = await questions.add('dana', 'Other');
    await questions.markAsked(other.id, 'm1');
    expect((await questions.answer(other.id, 'later', { meetingId: 'm2' }))?.meetingId).toBe('m1');
    expect((await questions.answer(other.id, '', { meetingId: 'm2' }))?.status).toBe('asked');
  });

  test('question text is never blank', async () => {
    const q = await questions.add('dana', 'Q');
    await expect(questions.setText(q.id, ' ')).rejects.toThrow(/words/);
    await questions.setText(q.id, 'Q2');
    expect((await questions.get(q.id))?.text).toBe('Q2');
  });
});

describe('meetings, as the card edits them', () => {
  test('setTick is idempotent and per meeting', async () => {
    await meetings.put(meeting('m1'));
    await meetings.put(meeting('m2'));
    await meetings.setTick('m1', 'item', true);
    await meetings.setTick('m1', 'item', true);
    expect((await meetings.get('m1'))?.ticks).toEqual(['item']);
    expect((await meetings.get('m2'))?.ticks).toEqual([]);
    await meetings.setTick('m1', 'item', false);
    expect((await meetings.get('m1'))?.ticks).toEqual([]);
  });

  test('a note typed while the calendar re-reports the week is not overwritten', async () => {
    await meetings.put(meeting('m1'));
    const event = {
      id: 'm1',
      seriesId: 's1',
      title: 'Dana / Sam (moved)',
      start: '2025-05-15T11:00',
      end: '2025-05-15T11:30',
      site: 'google' as const,
      allDay: false,
      cancelled: false,
      response: 'accepted' as const,
    };
    const verdict = { personId: 'dana', reasons: ['r'] };
    await Promise.all([
      meetings.setNotes('m1', 'Bring the roadmap'),
      // biome-ignore lint/suspicious/noExplicitAny: only the fields recordMeetings reads.
      recordMeetings([{ event: event as any, verdict: verdict as any }]),
      meetings.setTick('m1', 'item', true),
    ]);
    const stored = await meetings.get('m1');
    expect(stored).toMatchObject({ notes: 'Bring the roadmap', ticks: ['item'], title: 'Dana / Sam (moved)' });
  });

  test('forPerson lists a person’s meetings; setPerson brings a meeting back as a 1:1', async () => {
    await meetings.put(meeting('m1'));
    await meetings.put(meeting('m2', { personId: null }));
    expect((await meetings.forPerson('dana')).map((m) => m.id)).toEqual(['m1']);
    await meetings.setPerson('m2', 'dana');
    expect((await meetings.forPerson('dana')).map((m) => m.id).sort()).toEqual(['m1', 'm2']);
  });
});

describe('people: what the user knows about their world', () => {
  test('setAbout saves one field, keeps the others, and announces the change', async () => {
    const dana = await people.add({ name: 'Dana', relation: 'manager' });
    const seen: string[] = [];
    const stop = watchChanges(['people'], (change) => seen.push(change.store));
    await people.setAbout(dana.id, 'goals', 'Ship the migration by Q3');
    await people.setAbout(dana.id, 'pressures', 'Headcount freeze');
    const about = (await people.get(dana.id))?.about;
    expect(about).toEqual({
      goals: 'Ship the migration by Q3',
      pressures: 'Headcount freeze',
      style: '',
      needsFromMe: '',
    });
    await expect.poll(() => seen.length).toBe(2);
    stop();
    // Typing into someone removed meanwhile must not read as saved.
    await expect(people.setAbout('nobody', 'goals', 'x')).rejects.toThrow(/removed/);
  });
});
