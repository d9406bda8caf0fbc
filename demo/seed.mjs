// @ts-check
// Sample data for the demo: Sam Patel, their manager Dana, skip-level Lee and
// mentor Ana, with a few needs, questions and quick notes, last week's 1:1 with Dana
// and what was promised in it, in the record shapes
// of lib/model.ts (checked by TypeScript), put in through the extension's own import.

import { seedThroughImport } from '../tests/support/seed.mjs';

/**
 * The sample records, dated relative to `now`.
 * @returns {import('../tests/support/seed.mjs').Seed}
 */
export function sampleSeed(now = Date.now()) {
  const minutes = 60_000;
  const days = 24 * 60 * minutes;
  const at = (/** @type {number} */ ago) => now - ago;

  /** @type {import('../lib/model').Person[]} */
  const people = [
    {
      id: 'demo-dana',
      name: 'Dana Reyes',
      emails: ['dana@example.com'],
      aliases: ['DR'],
      relation: 'manager',
      // Their world (practice 3): what the card's "About Dana" section shows.
      about: {
        goals: 'Ship the platform migration by Q3 without a major incident.',
        pressures: 'Headcount freeze; the VP reviews reliability numbers every week.',
        style: 'Prefers a written one-pager before a decision; thinks out loud in meetings.',
        needsFromMe: 'Early warning on risks, and proposals framed as small, time-boxed experiments.',
      },
      createdAt: at(21 * days),
      updatedAt: at(21 * days),
    },
    {
      id: 'demo-lee',
      name: 'Lee Okafor',
      emails: ['lee@example.com'],
      aliases: [],
      relation: 'skip-level',
      createdAt: at(21 * days),
      updatedAt: at(21 * days),
    },
    {
      id: 'demo-ana',
      name: 'Ana María Núñez',
      emails: ['ana@example.org'],
      aliases: [],
      relation: 'mentor',
      createdAt: at(20 * days),
      updatedAt: at(20 * days),
    },
  ];

  /**
   * @param {string} id @param {string} personId @param {string} text @param {number} order
   * @param {import('../lib/model').NeedStatus} status @param {number} createdAgo @param {number} [raisedAgo]
   * @returns {import('../lib/model').Need}
   */
  const need = (id, personId, text, order, status, createdAgo, raisedAgo = 0) => {
    /** @type {import('../lib/model').NeedHistoryEntry[]} */
    const history = [{ status: 'open', at: at(createdAgo) }];
    if (status === 'raised') history.push({ status: 'raised', at: at(raisedAgo) });
    return {
      id,
      personId,
      text,
      status,
      order,
      history,
      createdAt: at(createdAgo),
      updatedAt: at(status === 'raised' ? raisedAgo : createdAgo),
    };
  };
  const needs = [
    need('demo-need-1', 'demo-dana', "Tell me early when you're disappointed in my work", 0, 'open', 20 * days),
    need('demo-need-2', 'demo-dana', "Clarity on what 'senior' means here", 1, 'raised', 20 * days, 7 * days),
    need('demo-need-3', 'demo-dana', 'Air cover for the migration experiment', 2, 'open', 6 * days),
    need('demo-need-4', 'demo-lee', 'Visibility for the team’s reliability work', 0, 'open', 12 * days),
  ];

  /**
   * @param {string} id @param {string} personId @param {string} text
   * @param {import('../lib/model').QuestionKind} kind @param {number} createdAgo
   * @param {Partial<import('../lib/model').Question>} [extra]
   * @returns {import('../lib/model').Question}
   */
  const question = (id, personId, text, kind, createdAgo, extra = {}) => ({
    id,
    personId,
    text,
    kind,
    status: 'open',
    createdAt: at(createdAgo),
    updatedAt: at(createdAgo),
    ...extra,
  });
  const questions = [
    question(
      'demo-q-1',
      'demo-dana',
      'What does a great quarter look like for you, from where you sit?',
      'mine',
      5 * days,
    ),
    question(
      'demo-q-2',
      'demo-dana',
      'Which result are you held to this half, and how can my work feed it?',
      'mine',
      3 * days,
    ),
    question('demo-q-3', 'demo-dana', 'What do you need from me that you are not getting?', 'flip-side', 14 * days, {
      status: 'answered',
      answer: 'Earlier heads-up when a deadline is at risk, even if it is only a hunch.',
      updatedAt: at(7 * days),
    }),
    question('demo-q-4', 'demo-lee', 'What would you like the team to stop doing?', 'flip-side', 10 * days),
    question('demo-q-5', 'demo-ana', 'How did you decide between the staff and manager tracks?', 'mine', 4 * days),
  ];

  /** @type {import('../lib/model').Note[]} */
  const notes = [
    {
      id: 'demo-note-1',
      text: 'Dana looked exhausted after the budget review. Open with something human, not the agenda.',
      createdAt: at(26 * 60 * minutes),
      personId: 'demo-dana',
    },
    {
      id: 'demo-note-2',
      text: 'Migration experiment: propose 2 weeks, success = p95 under 300 ms on one service; stop if not.',
      createdAt: at(5 * 60 * minutes),
      personId: 'demo-dana',
    },
    {
      id: 'demo-note-3',
      text: 'Ask Ana about the conference talk proposal.',
      createdAt: at(40 * minutes),
      personId: 'demo-ana',
    },
  ];

  // Last week's 1:1 with Dana, with its notes: what the card's "Last time" shows.
  const lastWeek = new Date(now - 7 * days);
  lastWeek.setHours(15, 0, 0, 0);
  const wall = (/** @type {Date} */ d) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  /** @type {import('../lib/model').Meeting[]} */
  const meetings = [
    {
      id: 'google:demo-dana-last-week',
      seriesId: 'google:demo-dana-series',
      title: 'Dana / Sam',
      start: wall(lastWeek),
      end: wall(new Date(lastWeek.getTime() + 30 * minutes)),
      personId: 'demo-dana',
      reasons: ['2 guests: you and Dana Reyes'],
      site: 'google',
      ticks: [],
      notes:
        'Promotion path: Dana wants a written case by the end of the month.\nReliability review moved to Thursdays; she is worried about the VP review.',
      wrappedUpAt: lastWeek.getTime() + 40 * minutes,
      mood: 4,
      updatedAt: lastWeek.getTime() + 40 * minutes,
    },
  ];

  /** @type {import('../lib/model').Commitment[]} */
  const commitments = [
    {
      id: 'demo-commitment-1',
      personId: 'demo-dana',
      text: 'Send the one-pager on the migration experiment',
      owner: 'me',
      status: 'open',
      meetingId: 'google:demo-dana-last-week',
      createdAt: lastWeek.getTime() + 30 * minutes,
      updatedAt: lastWeek.getTime() + 30 * minutes,
    },
    {
      id: 'demo-commitment-2',
      personId: 'demo-dana',
      text: 'Check the headcount numbers with finance',
      owner: 'them',
      status: 'open',
      meetingId: 'google:demo-dana-last-week',
      createdAt: lastWeek.getTime() + 30 * minutes,
      updatedAt: lastWeek.getTime() + 30 * minutes,
    },
  ];

  const settings = { me: { name: 'Sam Patel', emails: ['sam@example.com'] } };

  return { settings, people, needs, questions, notes, meetings, commitments };
}

/**
 * Seeds the extension's store through its own import. Resolves with the number of records
 * written; rejects with the import's reasons on failure.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} extensionId
 */
export async function seedSampleData(context, extensionId) {
  const seed = sampleSeed();
  await seedThroughImport(context, extensionId, seed);
  return Object.values(seed).reduce((sum, records) => sum + (Array.isArray(records) ? records.length : 1), 0);
}
