import { describe, expect, test } from 'vitest';
import { commitments, meetings, needs, people, questions } from '../../../lib/db';
import { nextOneOnOne } from '../../../lib/db/upcoming';
import type { Meeting } from '../../../lib/model';
import { toWallTime } from '../../../lib/wall-time';
import { meeting as record } from '../../support/records';

const NOW = new Date(2026, 2, 10, 9, 0).getTime(); // Tue 10 March 2026, 09:00 local
const MIN = 60_000;

function meeting(id: string, personId: string | null, startsIn: number, extra: Partial<Meeting> = {}): Meeting {
  const start = toWallTime(NOW + startsIn * MIN);
  return record({
    id,
    seriesId: `${id}-series`,
    title: '1:1',
    start,
    end: toWallTime(NOW + (startsIn + 30) * MIN),
    personId,
    ...extra,
  });
}

async function setUp() {
  const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
  const lee = await people.add({ name: 'Lee Okafor', relation: 'skip-level' });
  return { dana: dana.id, lee: lee.id };
}

describe('nextOneOnOne', () => {
  test('toWallTime writes local time the way meetings store it', () => {
    expect(toWallTime(NOW)).toBe('2026-03-10T09:00');
    expect(toWallTime(new Date(2026, 11, 31, 23, 5).getTime())).toBe('2026-12-31T23:05');
  });

  test('nothing stored: null', async () => {
    expect(await nextOneOnOne(NOW)).toBeNull();
  });

  test('skips ended, cancelled, declined, not-a-1:1 and removed-person meetings; counts only open items', async () => {
    const { dana, lee } = await setUp();
    for (const m of [
      meeting('ended', dana, -120),
      meeting('cancelled', lee, 10, { cancelled: true }),
      meeting('declined', lee, 20, { declined: true }),
      meeting('no-longer', null, 30),
      meeting('removed-person', 'gone', 40),
      meeting('unknown-start', dana, 45, { start: null }),
      meeting('next', lee, 60),
      meeting('after', dana, 90),
    ]) {
      await meetings.put(m);
    }
    await needs.add(lee, 'open one');
    const met = await needs.add(lee, 'met one');
    await needs.setStatus(met.id, 'met');
    const raised = await needs.add(lee, 'raised, not met yet');
    await needs.setStatus(raised.id, 'raised');
    await needs.add(dana, "Dana's need");
    await commitments.add({ personId: lee, text: 'Send the doc', owner: 'me' });
    const kept = await commitments.add({ personId: lee, text: 'Intro', owner: 'them' });
    await commitments.setStatus(kept.id, 'done');
    await commitments.add({ personId: dana, text: "Dana's", owner: 'them' });
    await questions.add(lee, 'q1');
    await questions.add(lee, 'q2');
    const asked = await questions.add(lee, 'q3');
    await questions.put({ ...asked, status: 'asked' });

    const next = await nextOneOnOne(NOW);
    expect(next?.meeting.id).toBe('next');
    expect(next?.person.name).toBe('Lee Okafor');
    expect(next?.startMs).toBe(NOW + 60 * MIN);
    // A raised need is still one to raise (until met); only open commitments count.
    // One count: 2 needs + 2 questions to ask, as the card and the reminder say it.
    expect(next?.toRaise).toBe(4);
    expect(next?.top).toHaveLength(3);
    expect(next?.openCommitments).toEqual({ mine: 1, theirs: 0 });
  });

  test('a 1:1 under way is still the next one until it ends', async () => {
    const { dana } = await setUp();
    await meetings.put(meeting('now', dana, -10));
    await meetings.put(meeting('later', dana, 120));
    expect((await nextOneOnOne(NOW))?.meeting.id).toBe('now');
    expect((await nextOneOnOne(NOW + 25 * MIN))?.meeting.id).toBe('later');
  });

  test('with no end given, a meeting is taken to last 30 minutes', async () => {
    const { dana } = await setUp();
    await meetings.put(meeting('open-ended', dana, -20, { end: null }));
    expect((await nextOneOnOne(NOW))?.meeting.id).toBe('open-ended');
    expect(await nextOneOnOne(NOW + 11 * MIN)).toBeNull();
  });

  test('finds a 1:1 weeks away past many older meetings', async () => {
    const { dana } = await setUp();
    for (let day = 1; day <= 60; day++) await meetings.put(meeting(`old${day}`, dana, -day * 24 * 60));
    await meetings.put(meeting('far', dana, 21 * 24 * 60));
    expect((await nextOneOnOne(NOW))?.meeting.id).toBe('far');
  });
});
