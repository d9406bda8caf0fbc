import { describe, expect, test } from 'vitest';
import { meetings } from '../../../lib/db';
import { recordMeetings } from '../../../lib/recognition/recognise';
import { calendarEvent, meeting } from '../../support/records';

const verdict = { personId: 'dana', reasons: ['2 guests: you and Dana Reyes'] };

describe('a 1:1 the calendar moved', () => {
  test.each([
    ['moved to another time: the old start is kept', '2026-03-11T09:00', '2026-03-10T15:00'],
    ['shown again at the same time: nothing noted', '2026-03-10T15:00', undefined],
  ])('%s', async (_name, newStart, movedFrom) => {
    await meetings.put(meeting());
    // biome-ignore lint/suspicious/noExplicitAny: only the fields recordMeetings reads.
    await recordMeetings([{ event: calendarEvent({ start: newStart, end: null }), verdict: verdict as any }]);
    const stored = await meetings.get('google:m1');
    expect(stored?.start).toBe(newStart);
    expect(stored?.movedFrom).toBe(movedFrom);
  });
});
