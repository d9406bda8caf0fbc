import { describe, expect, test } from 'vitest';
import { readBackgroundMessage } from '../../../lib/messages/background-to-tab';

const ID = 'kmjbolpfkeglikjmekdgfdpafpajajnn';

describe('messages from the background', () => {
  test.each([
    ['recheck', { type: 'calendar/recheck' }, ID, { type: 'calendar/recheck' }],
    ['open a card', { type: 'prep/open', eventId: 'google:abc' }, ID, { type: 'prep/open', eventId: 'google:abc' }],
    ['another extension', { type: 'prep/open', eventId: 'google:abc' }, 'other', null],
    ['no event id', { type: 'prep/open' }, ID, null],
    ['a huge event id', { type: 'prep/open', eventId: 'x'.repeat(5000) }, ID, null],
    ['unknown', { type: 'prep/close' }, ID, null],
  ])('%s', (_, raw, senderId, result) => {
    expect(readBackgroundMessage(raw, { id: senderId }, ID)).toEqual(result);
  });
});
