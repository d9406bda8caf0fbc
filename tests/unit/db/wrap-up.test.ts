import { describe, expect, test } from 'vitest';
import { handleCardCall } from '../../../lib/background/card-calls';
import { commitments, meetings, needs, people, questions } from '../../../lib/db';
import { saveWrapUp } from '../../../lib/db/wrap-up';
import { loadCard } from '../../../lib/prep/load';
import { wrapUpForm, wrapUpInput } from '../../../lib/wrap-up/form';

const NOW = Date.UTC(2026, 2, 10, 16, 0);

async function setUp() {
  const dana = await people.add({ name: 'Dana Reyes', emails: [], relation: 'manager' });
  const lee = await people.add({ name: 'Lee Okafor', emails: [], relation: 'skip-level' });
  await meetings.put({
    id: 'google:m1',
    seriesId: 'google:s',
    title: 'Dana / Sam',
    start: '2026-03-10T15:00',
    end: '2026-03-10T15:30',
    personId: dana.id,
    ticks: [],
    notes: 'typed during',
    updatedAt: 1,
  });
  const feedback = await needs.add(dana.id, 'Feedback when disappointed', 1);
  const path = await needs.add(dana.id, 'Promotion path', 2);
  const leesNeed = await needs.add(lee.id, 'Sponsorship', 3);
  const ask = await questions.add(dana.id, 'What do you need from me?', 'flip-side', 4);
  const owed = await commitments.add({ personId: dana.id, text: 'Budget numbers', owner: 'them' }, 5);
  return { dana, lee, feedback, path, leesNeed, ask, owed };
}

describe('saving a wrap-up', () => {
  test('records every outcome, answer, promise, note and mood in one go, and shows on the card after', async () => {
    const { dana, feedback, path, ask, owed } = await setUp();
    const card = await loadCard('google:m1', NOW);
    if (card.kind !== 'ready') throw new Error(card.kind);
    const form = wrapUpForm(card);
    expect(form.needs.map((entry) => [entry.need.text, entry.outcome])).toEqual([
      ['Feedback when disappointed', 'not-this-time'],
      ['Promotion path', 'not-this-time'],
    ]);
    form.needs[0] = { need: feedback, outcome: 'met' };
    form.needs[1] = { need: path, outcome: 'raised' };
    form.questions[0] = { question: ask, asked: true, answer: 'Early warnings' };
    form.commitments[0] = { commitment: owed, done: true };
    form.notes = 'Good talk';
    form.mood = 4;
    form.win = true;
    await saveWrapUp(
      'google:m1',
      wrapUpInput(form, [
        { text: 'Send the design doc', owner: 'me', due: '2026-03-13' },
        { text: '  ', owner: 'them', due: '' },
        { text: 'Book the room', owner: 'them', due: '' },
      ]),
      NOW,
    );

    expect((await needs.get(feedback.id))?.status).toBe('met');
    expect((await needs.get(path.id))?.history.at(-1)).toEqual({ status: 'raised', at: NOW, meetingId: 'google:m1' });
    expect(await questions.get(ask.id)).toMatchObject({
      status: 'answered',
      answer: 'Early warnings',
      meetingId: 'google:m1',
    });
    const all = await commitments.forPerson(dana.id);
    expect(all.map((c) => [c.text, c.owner, c.status, c.meetingId ?? null, c.due ?? null])).toEqual([
      ['Budget numbers', 'them', 'done', null, null],
      ['Send the design doc', 'me', 'open', 'google:m1', '2026-03-13'],
      // Several made at once list in the order they were typed.
      ['Book the room', 'them', 'open', 'google:m1', null],
    ]);
    expect(await meetings.get('google:m1')).toMatchObject({ notes: 'Good talk', mood: 4, win: true, wrappedUpAt: NOW });

    // Opened again, the wrap-up starts from what was saved; saving it unchanged writes nothing new.
    const again = await loadCard('google:m1', NOW + 1);
    if (again.kind !== 'ready') throw new Error(again.kind);
    const reopened = wrapUpForm(again);
    expect(reopened.needs.map((entry) => entry.outcome)).toEqual(['met', 'raised']);
    expect(reopened.mood).toBe(4);
    const before = await needs.forPerson(dana.id);
    await saveWrapUp('google:m1', wrapUpInput(reopened, []), NOW + 2);
    expect(await needs.forPerson(dana.id)).toEqual(before);
    expect(await commitments.count()).toBe(3);
  });

  test("never touches another person's records, whatever ids it is given", async () => {
    const { leesNeed } = await setUp();
    await saveWrapUp(
      'google:m1',
      {
        needs: [{ id: leesNeed.id, outcome: 'met' }],
        questions: [],
        commitments: [],
        newCommitments: [],
        notes: '',
        mood: null,
        win: false,
      },
      NOW,
    );
    expect((await needs.get(leesNeed.id))?.status).toBe('open');
  });

  test.each([
    ['an outcome that does not exist', { needs: [{ id: 'x', outcome: 'done' }] }],
    ['a mood of 9', { mood: 9 }],
    ['an extra field', { extra: true }],
    ['a list far too long', { newCommitments: new Array(501).fill({ text: 'x', owner: 'me' }) }],
  ])('refuses %s and writes nothing', async (_name, change) => {
    await setUp();
    const input = {
      needs: [],
      questions: [],
      commitments: [],
      newCommitments: [],
      notes: 'changed',
      mood: null,
      win: false,
      ...change,
    };
    await expect(saveWrapUp('google:m1', input, NOW)).rejects.toThrow(/could not be saved/);
    expect((await meetings.get('google:m1'))?.notes).toBe('typed during');
  });

  test('through the background, as the card in the calendar frame saves it', async () => {
    await setUp();
    const prepFrame = {
      id: 'ext',
      url: 'chrome-extension://dyn/prep.html?meeting=google:m1',
      tab: { id: 1 },
      frameId: 3,
    };
    const input = {
      needs: [],
      questions: [],
      commitments: [],
      newCommitments: [{ text: 'Ship it', owner: 'me' }],
      notes: '',
      mood: 3,
      win: false,
    };
    expect(
      await handleCardCall({ type: 'card/call', name: 'wrapUp.save', args: ['google:m1', input] }, prepFrame, 'ext'),
    ).toMatchObject({ ok: true, value: { mood: 3 } });
    expect((await commitments.all()).map((c) => c.text)).toContain('Ship it');
    const fromPage = { id: 'ext', url: 'https://calendar.google.com/r', tab: { id: 1 }, frameId: 0 };
    expect(
      await handleCardCall({ type: 'card/call', name: 'wrapUp.save', args: ['google:m1', input] }, fromPage, 'ext'),
    ).toMatchObject({ ok: false });
  });
});
