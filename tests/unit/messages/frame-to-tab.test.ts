import { describe, expect, test } from 'vitest';
import { readPrepFrameMessage } from '../../../lib/messages/frame-to-tab';

// Who sent it is checked twice on the way: by the background (Upward's prep page, in a frame
// of a tab; card-calls.test.ts) and by the content script (that it is the card open now;
// background-to-tab.test.ts, calendar-page.test.ts). Here: what a card may ask at all.
describe('what a prep card may ask its host', () => {
  test.each([
    ['close', { type: 'prep/close' }, { type: 'prep/close' }],
    ['resize', { type: 'prep/resize', height: 512 }, { type: 'prep/resize', height: 512 }],
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
