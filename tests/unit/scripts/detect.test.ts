import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

/** Runs `npm run -s detect -- …` the way a maintainer does (same script, same lib code). */
function detect(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/detect.ts', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts a Node process: generous time so a loaded CI machine does not flake.
describe('detect command', { timeout: 60_000 }, () => {
  test('--label prints exactly the documented object', () => {
    const run = detect(
      '--site',
      'google',
      '--label',
      '1 to 2pm, Dana / Sam, Dana Reyes, Accepted, No location, March 10, 2026',
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toStrictEqual({
      title: 'Dana / Sam',
      organizer: 'Dana Reyes',
      start: '2026-03-10T13:00',
      end: '2026-03-10T14:00',
      allDay: false,
      response: 'accepted',
      cancelled: false,
    });
    expect(Object.keys(JSON.parse(run.stdout))).toEqual([
      'title',
      'organizer',
      'start',
      'end',
      'allDay',
      'response',
      'cancelled',
    ]);
  });

  test('a page prints one element per distinct event with the verdict and reasons', () => {
    const run = detect(
      'tests/fixtures/google/week.html',
      '--url',
      'https://calendar.google.com/calendar/u/0/r/week/2026/3/10',
      '--me',
      'Sam Patel <sam@example.com>',
      '--person',
      'Dana Reyes dana@example.com, DR',
      '--relation',
      'manager',
    );
    expect(run.status, run.stderr).toBe(0);
    const events = JSON.parse(run.stdout) as {
      id: string;
      title: string;
      guests: unknown;
      oneOnOne: { person: string | null; reasons: string[] };
    }[];
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(Object.keys(events[0] ?? {})).toEqual([
      'id',
      'seriesId',
      'title',
      'start',
      'end',
      'organizer',
      'guests',
      'oneOnOne',
    ]);
    const oneOnOnes = events.filter((e) => e.oneOnOne.person);
    expect(oneOnOnes.map((e) => [e.title, e.oneOnOne.person])).toEqual([['Dana / Sam', 'Dana Reyes']]);
    expect(events.find((e) => e.title === 'Team sync')?.oneOnOne.reasons.join(' ')).toMatch(/team/);
  });

  test.each([
    [['--site', 'yahoo', '--label', 'x'], /site/],
    [['page.html', '--me', 'Sam'], /--url/],
    [[], /usage|--help/i],
  ])('bad arguments %j exit 2 with a message', (args, message) => {
    const run = detect(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
