import { meetings, needs, questions, series } from '../db';
import type { OneOnOnesAnswer } from '../messages/content-to-background';
import type { ContentHandlers } from '../messages/content-to-background-receive';
import { judgeGuests } from '../oneonone/guests';
import { releaseNewMeetings, reserveNewMeetings } from '../recognition/budget';
import { loadRecognitionContext, siteEnabled } from '../recognition/context';
import { markMissingMeetings } from '../recognition/missing';
import { countUnrecorded, type Recognised, type Recorded, recognise, recordMeetings } from '../recognition/recognise';
import { countToRaise } from '../to-raise';
import { claimAutoOpen } from './auto-open';
import { noteEvents } from './suggestions';

/**
 * The background's answers to what calendar pages report: which events are 1:1s.
 * A site the user switched off in settings gets no 1:1s and leaves no trace in the store.
 */
export const recognitionHandlers: ContentHandlers = {
  async 'calendar/opening'() {
    // Opens the store and reads what the page's first report will need, settings included,
    // while the page loads.
    await loadRecognitionContext();
    return null;
  },

  async 'calendar/events'({ site, events, account }, tabId) {
    // Read together: a calendar page is waiting on this answer for its badges (bench:worker).
    const [enabled, context] = await Promise.all([siteEnabled(site), loadRecognitionContext()]);
    if (!enabled) return { oneOnOnes: [] };
    const results = recognise(events, context);
    const { oneOnOnes } = await recordWithinBudget(results, tabId);
    // Who these events point at, and who is signed in, for suggestions: after the verdicts,
    // which the page waits for.
    void noteEvents(site, events, { account });
    return answer(oneOnOnes, results);
  },

  async 'calendar/guests'({ site, event, emails }, tabId) {
    if (!(await siteEnabled(site))) return { oneOnOnes: [] };
    const context = await loadRecognitionContext();
    const [result] = recognise([event], context, new Map([[event.id, emails]]));
    if (!result) return { oneOnOnes: [] };
    const personId = result.verdict.personId;
    const proof = judgeGuests(emails, context.me, context.people);
    const { oneOnOnes } = await recordWithinBudget([result], tabId);
    // Exactly you and this person on the guest list proves the whole series (once it is on record).
    if (personId && proof.personId === personId && oneOnOnes.has(event.id))
      await series.confirm(event.seriesId, event.title, personId);
    void noteEvents(site, [event], { guests: new Map([[event.id, emails]]) });
    return answer(oneOnOnes, [result]);
  },

  async 'calendar/shown'({ site, from, to, ids }) {
    if (!(await siteEnabled(site))) return { missing: 0 };
    return { missing: await markMissingMeetings(site, from, to, ids) };
  },

  async 'prep/claim-auto-open'({ eventId }) {
    const meeting = await meetings.get(eventId);
    if (meeting?.site && !(await siteEnabled(meeting.site))) return { open: false };
    return { open: await claimAutoOpen(eventId) };
  },
};

/** Records what a tab reported, adding new meetings only as far as the tab's and the day's budget go. */
async function recordWithinBudget(results: readonly Recognised[], tabId: number): Promise<Recorded> {
  const allowNew = await reserveNewMeetings(tabId, await countUnrecorded(results));
  const recorded = await recordMeetings(results, { allowNew });
  await releaseNewMeetings(tabId, allowNew - recorded.added);
  return recorded;
}

/**
 * The 1:1s on record among what was reported, each with how many things are to raise with its
 * person (the badge's state: the same count the card, the popup and the reminder show). Counts only.
 */
async function answer(oneOnOnes: ReadonlySet<string>, results: readonly Recognised[]): Promise<OneOnOnesAnswer> {
  const recognised = results.filter((result) => result.verdict.personId && oneOnOnes.has(result.event.id));
  const people = [...new Set(recognised.map((result) => result.verdict.personId as string))];
  const counts = new Map(
    await Promise.all(
      people.map(async (personId) => {
        const [theirNeeds, theirQuestions] = await Promise.all([
          needs.forPerson(personId),
          questions.forPerson(personId),
        ]);
        return [personId, countToRaise(theirNeeds, theirQuestions)] as const;
      }),
    ),
  );
  return {
    oneOnOnes: recognised.map((result) => result.event.id),
    toRaise: recognised.map((result) => counts.get(result.verdict.personId as string) ?? 0),
  };
}
