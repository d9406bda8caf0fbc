import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Runs `npm run -s detect -- …` the way a maintainer does (same script, same lib code). */
function detect(...args: string[]) {
  return detectWithInput(undefined, ...args);
}

function detectWithInput(input: string | undefined, ...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/detect.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
    input,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Labels in three languages and scripts, one a line, and what each must read as. */
const BATCH: ReadonlyArray<readonly [string, { title: string; start: string | null }]> = [
  [
    '15:00 bis 16:00, Dana / Sam, Dana Reyes, Zugesagt, Kein Ort, 10. März 2026',
    { title: 'Dana / Sam', start: '2026-03-10T15:00' },
  ],
  [
    '午後3時～午後4時、「1on1」、Dana Reyes、承諾、場所の指定なし、2026年3月10日',
    { title: '1on1', start: '2026-03-10T15:00' },
  ],
  [
    '15:00 עד 16:00, Dana / Sam, Dana Reyes, ללא מיקום, 10 במרץ 2026',
    { title: 'Dana / Sam', start: '2026-03-10T15:00' },
  ],
  ['gibberish', { title: 'gibberish', start: null }],
  ['', { title: '', start: null }],
  ['3pm to 4pm, Sync, Sam Patel, No location, March 10, 2026', { title: 'Sync', start: '2026-03-10T15:00' }],
];

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

  test('--labels reads one label a line and prints one object a line, the language from each label', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'upward-detect-')), 'labels.txt');
    writeFileSync(file, `${BATCH.map(([label]) => label).join('\n')}\n`);
    const run = detect('--site', 'google', '--labels', file);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(BATCH.length);
    lines.forEach((line, i) => {
      const parsed = JSON.parse(line);
      expect(Object.keys(parsed)).toEqual(['title', 'organizer', 'start', 'end', 'allDay', 'response', 'cancelled']);
      expect(parsed, BATCH[i]?.[0]).toMatchObject(BATCH[i]?.[1] ?? {});
    });
  });

  test('--labels - reads standard input; --lang sets the page language', () => {
    const danish = '06:30 til 06:45, Gym, Kalender: Home, Ingen lokation, 10. juni 2024';
    const run = detectWithInput(`${danish}\n`, '--site', 'google', '--labels', '-', '--lang', 'da');
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Gym', start: '2024-06-10T06:30' });
  });

  test.each([
    [['--site', 'yahoo', '--label', 'x'], /site/],
    [['--site', 'google', '--labels', 'no/such/file.txt'], /cannot read/],
    [['page.html', '--me', 'Sam'], /--url/],
    [[], /usage|--help/i],
  ])('bad arguments %j exit 2 with a message', (args, message) => {
    const run = detect(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
