import { describe, expect, test } from 'vitest';
import { readPrepFrameMessage } from '../../../lib/messages/frame-to-tab';

// Who sent it is checked twice on the way: by the background (Upward's prep page, in a frame
// of a tab; card-calls.test.ts) and by the content script (a frame it made; for close, the card open now;
// background-to-tab.test.ts, calendar-page.test.ts). Here: what a card may ask at all.
describe('what a prep card may ask its host', () => {
  test.each([
    ['close', { type: 'prep/close' }, { type: 'prep/close' }],
    ['resize', { type: 'prep/resize', height: 512 }, { type: 'prep/resize', height: 512 }],
    [
      'resize, saying which meeting it measured',
      { type: 'prep/resize', height: 512, shows: 'google:x' },
      { type: 'prep/resize', height: 512, shows: 'google:x' },
    ],
    [
      'resize, a measured meeting that is no id',
      { type: 'prep/resize', height: 512, shows: '' },
      { type: 'prep/resize', height: 512 },
    ],
    [
      'resize, a huge measured meeting',
      { type: 'prep/resize', height: 512, shows: 'x'.repeat(5000) },
      { type: 'prep/resize', height: 512 },
    ],
    ['which meeting (a card kept ready)', { type: 'prep/next' }, { type: 'prep/next' }],
    ['which meeting, extra fields dropped', { type: 'prep/next', eventId: 'google:x' }, { type: 'prep/next' }],
    [
      'which meeting, saying which it shows',
      { type: 'prep/next', shows: 'google:x' },
      { type: 'prep/next', shows: 'google:x' },
    ],
    ['which meeting, a shown meeting that is no id', { type: 'prep/next', shows: 7 }, { type: 'prep/next' }],
    ['which meeting, a huge shown meeting', { type: 'prep/next', shows: 'x'.repeat(5000) }, { type: 'prep/next' }],
    ['extra fields are dropped', { type: 'prep/close', text: 'secret' }, { type: 'prep/close' }],
    ['a height that is not a number', { type: 'prep/resize', height: '512' }, null],
    ['an infinite height', { type: 'prep/resize', height: Number.POSITIVE_INFINITY }, null],
    ['a negative height', { type: 'prep/resize', height: -4 }, null],
    ['an absurd height', { type: 'prep/resize', height: 1e9 }, null],
    ['an unknown type', { type: 'prep/save', text: 'secret' }, null],
    ['not an object', 'prep/close', null],
    ['null', null, null],
  ])('%s', (_, raw, result) => {
    expect(readPrepFrameMessage(raw)).toEqual(result);
  });
});
