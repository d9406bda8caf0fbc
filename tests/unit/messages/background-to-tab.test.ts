import { describe, expect, test } from 'vitest';
import { readBackgroundMessage } from '../../../lib/messages/background-to-tab';

const ID = 'kmjbolpfkeglikjmekdgfdpafpajajnn';

describe('messages from the background', () => {
  const host = (message: unknown, frame: unknown = 'f3') => ({ type: 'prep/host', frame, message });
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
      { type: 'prep/host', frame: 'f3', message: { type: 'prep/close' } },
    ],
    [
      "a card's height, passed on",
      host({ type: 'prep/resize', height: 300 }),
      ID,
      { type: 'prep/host', frame: 'f3', message: { type: 'prep/resize', height: 300 } },
    ],
    [
      "a ready card's question, passed on",
      host({ type: 'prep/next' }),
      ID,
      { type: 'prep/host', frame: 'f3', message: { type: 'prep/next' } },
    ],
    ["a card's request from another extension", host({ type: 'prep/close' }), 'other', null],
    ["a card's request without its frame", host({ type: 'prep/close' }, ''), ID, null],
    ["a card's request naming no frame", host({ type: 'prep/close' }, 3), ID, null],
    ["a card's request that is no object", host('prep/close'), ID, null],
    // Read field by field by the background (readPrepFrameMessage) before it is passed on: the
    // page acts only on the kinds it knows (calendar-page.test.ts).
    [
      "a card's request, as the background read it",
      host({ type: 'prep/save' }),
      ID,
      { type: 'prep/host', frame: 'f3', message: { type: 'prep/save' } },
    ],
  ])('%s', (_, raw, senderId, result) => {
    expect(readBackgroundMessage(raw, { id: senderId }, ID)).toEqual(result);
  });
});
