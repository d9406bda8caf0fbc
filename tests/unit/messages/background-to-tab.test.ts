import { describe, expect, test } from 'vitest';
import { readBackgroundMessage } from '../../../lib/messages/background-to-tab';

const ID = 'kmjbolpfkeglikjmekdgfdpafpajajnn';

describe('messages from the background', () => {
  const host = (message: unknown, meetingId: unknown = 'google:abc') => ({ type: 'prep/host', meetingId, message });
  test.each([
    ['recheck', { type: 'calendar/recheck' }, ID, { type: 'calendar/recheck' }],
    ['open a card', { type: 'prep/open', eventId: 'google:abc' }, ID, { type: 'prep/open', eventId: 'google:abc' }],
    ['another extension', { type: 'prep/open', eventId: 'google:abc' }, 'other', null],
    ['no event id', { type: 'prep/open' }, ID, null],
    ['a huge event id', { type: 'prep/open', eventId: 'x'.repeat(5000) }, ID, null],
    ['a bare close, without the card it came from', { type: 'prep/close' }, ID, null],
    [
      "a card's close, passed on",
      host({ type: 'prep/close' }),
      ID,
      { type: 'prep/host', meetingId: 'google:abc', message: { type: 'prep/close' } },
    ],
    [
      "a card's height, passed on",
      host({ type: 'prep/resize', height: 300 }),
      ID,
      { type: 'prep/host', meetingId: 'google:abc', message: { type: 'prep/resize', height: 300 } },
    ],
    ["a card's request from another extension", host({ type: 'prep/close' }), 'other', null],
    ["a card's request without its meeting", host({ type: 'prep/close' }, ''), ID, null],
    ["a card's request that is not one", host({ type: 'prep/save', text: 'secret' }), ID, null],
  ])('%s', (_, raw, senderId, result) => {
    expect(readBackgroundMessage(raw, { id: senderId }, ID)).toEqual(result);
  });
});
