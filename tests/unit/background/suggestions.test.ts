import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recognitionHandlers } from '../../../lib/background/recognition';
import { forgetDecidedOnChange, suggestionsSettled } from '../../../lib/background/suggestions';
import type { CalendarEvent } from '../../../lib/calendar/types';
import { people, settings } from '../../../lib/db';
import { dismissSuggestion } from '../../../lib/suggestions/decide';
import { loadSuggestions } from '../../../lib/suggestions/load';
import { readEvidence } from '../../../lib/suggestions/session';
import { googleEvent as event } from '../../support/google-events';

const report = (events: CalendarEvent[], account?: string) =>
  recognitionHandlers['calendar/events']({ type: 'calendar/events', site: 'google', events, account }, 1);
const signedIn = (label: string) => report([], label);
/** The background writes after it answers the page: wait for that. */
const evidenceOnceSettled = async () => {
  await suggestionsSettled();
  return readEvidence();
};
/** A decision reaches the background as a change notice: wait until the digest shows it. */
const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 2000, interval: 10 });

const danaSam = event('dana1_20260310T150000Z', 'Dana / Sam');
const danaSamNext = event('dana1_20260317T150000Z', 'Dana / Sam', { start: '2026-03-17T15:00' });

beforeEach(() => fakeBrowser.reset());

describe('the background keeps what calendar pages show, for suggestions', () => {
  test('a weekly "Dana / Sam" seen over two weeks, and the account, become suggestions for the pages', async () => {
    await signedIn('Google Account: Sam Patel (sam@example.com)');
    await report([danaSam, event('team_20260310T100000Z', 'Team sync')]);
    await report([danaSamNext]);
    await evidenceOnceSettled();
    const { me, people: suggested } = await loadSuggestions();
    expect(me).toMatchObject({ name: 'Sam Patel', emails: ['sam@example.com'], from: 'account' });
    expect(suggested.map((s) => [s.name, s.relation, s.evidence])).toEqual([
      ['Dana Reyes', 'manager', "weekly, 'Dana / Sam', organised by Dana Reyes"],
    ]);
  });

  test('reports arriving together all land', async () => {
    await Promise.all([
      report([danaSam]),
      report([event('lee_20260312T160000Z', 'Sam <> Lee skip-level', { organizer: 'Lee Okafor' })]),
      report([event('ana_20260311T140000Z', '1:1 Ana', { organizer: 'Sam Patel' })]),
    ]);
    expect((await evidenceOnceSettled()).series.map((s) => s.title).sort()).toEqual([
      '1:1 Ana',
      'Dana / Sam',
      'Sam <> Lee skip-level',
    ]);
  });

  test('a site switched off in settings leaves no trace', async () => {
    await settings.set('recognition', { sites: { google: false, outlook: true }, titlePatterns: true });
    await report([danaSam]);
    await signedIn('Google Account: Sam Patel (sam@example.com)');
    expect(await evidenceOnceSettled()).toEqual({ series: [], account: null });
  });

  test('once the user decides, the evidence goes: an added person, a dismissal, "you" saved', async () => {
    const stop = forgetDecidedOnChange();
    await signedIn('Google Account: Sam Patel (sam@example.com)');
    await report([danaSam, event('lee_20260312T160000Z', 'Sam <> Lee skip-level', { organizer: 'Lee Okafor' })]);
    await evidenceOnceSettled();

    await people.add({ name: 'Dana Reyes', relation: 'manager' });
    await eventually(async () =>
      expect((await readEvidence()).series.map((s) => s.title)).toEqual(['Sam <> Lee skip-level']),
    );

    const [lee] = (await loadSuggestions()).people;
    if (lee) await dismissSuggestion(lee);
    await eventually(async () => expect((await readEvidence()).series).toEqual([]));

    await settings.set('me', { name: 'Sam Patel', emails: ['sam@example.com'] });
    await eventually(async () => expect(await readEvidence()).toEqual({ series: [], account: null }));
    stop();
  });

  test('a dismissed suggestion does not come back when the page shows it again', async () => {
    await signedIn('Google Account: Sam Patel (sam@example.com)');
    await report([danaSam]);
    await evidenceOnceSettled();
    const [dana] = (await loadSuggestions()).people;
    expect(dana?.name).toBe('Dana Reyes');
    if (dana) await dismissSuggestion(dana);
    await report([danaSam, danaSamNext]);
    await evidenceOnceSettled();
    expect((await loadSuggestions()).people).toEqual([]);
  });
});
