import { series } from '../db';
import { judgeGuests } from '../oneonone/guests';
import { loadRecognitionContext } from '../recognition/context';
import { recognise, recordMeetings } from '../recognition/recognise';
import { claimAutoOpen } from './auto-open';
import type { ContentHandlers } from './content-messages';

/** The background's answers to what calendar pages report: which events are 1:1s. */
export const recognitionHandlers: ContentHandlers = {
  async 'calendar/events'({ events }) {
    const results = recognise(events, await loadRecognitionContext());
    await recordMeetings(results);
    return { oneOnOnes: results.filter((result) => result.verdict.personId).map((result) => result.event.id) };
  },

  async 'calendar/guests'({ event, emails }) {
    const context = await loadRecognitionContext();
    const [result] = recognise([event], context, new Map([[event.id, emails]]));
    if (!result) return { oneOnOnes: [] };
    const personId = result.verdict.personId;
    // Exactly you and this person on the guest list proves the whole series.
    const proof = judgeGuests(emails, context.me, context.people);
    if (personId && proof.personId === personId) await series.confirm(event.seriesId, event.title, personId);
    await recordMeetings([result]);
    return { oneOnOnes: personId ? [event.id] : [] };
  },

  async 'prep/claim-auto-open'({ eventId }) {
    return { open: await claimAutoOpen(eventId) };
  },
};
