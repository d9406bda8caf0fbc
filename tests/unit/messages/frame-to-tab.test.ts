import { describe, expect, test } from 'vitest';
import { readPrepFrameMessage } from '../../../lib/messages/frame-to-tab';

const ID = 'kmjbolpfkeglikjmekdgfdpafpajajnn';
const expected = { extensionId: ID, prepUrl: `chrome-extension://${ID}/prep.html`, meetingId: 'google:abc' };
const frameUrl = `chrome-extension://${ID}/prep.html?meeting=google%3Aabc&scheme=dark`;

describe('messages from the prep frame', () => {
  test.each([
    ['close from the open card', { type: 'prep/close' }, { id: ID, url: frameUrl }, { type: 'prep/close' }],
    [
      'resize from the open card',
      { type: 'prep/resize', height: 512 },
      { id: ID, url: frameUrl },
      { type: 'prep/resize', height: 512 },
    ],
    ['another extension', { type: 'prep/close' }, { id: 'someoneelse', url: frameUrl }, null],
    ['no sender id', { type: 'prep/close' }, { url: frameUrl }, null],
    [
      'another page of this extension',
      { type: 'prep/close' },
      { id: ID, url: `chrome-extension://${ID}/popup.html?meeting=google%3Aabc` },
      null,
    ],
    [
      'a web page',
      { type: 'prep/close' },
      { id: ID, url: 'https://calendar.google.com/prep.html?meeting=google%3Aabc' },
      null,
    ],
    [
      'a stale card for another meeting',
      { type: 'prep/close' },
      { id: ID, url: `chrome-extension://${ID}/prep.html?meeting=google%3Aold` },
      null,
    ],
    ['a height that is not a number', { type: 'prep/resize', height: '512' }, { id: ID, url: frameUrl }, null],
    ['an infinite height', { type: 'prep/resize', height: Number.POSITIVE_INFINITY }, { id: ID, url: frameUrl }, null],
    ['a negative height', { type: 'prep/resize', height: -4 }, { id: ID, url: frameUrl }, null],
    ['an unknown type', { type: 'prep/save', text: 'secret' }, { id: ID, url: frameUrl }, null],
    ['not an object', 'prep/close', { id: ID, url: frameUrl }, null],
    ['null', null, { id: ID, url: frameUrl }, null],
  ])('%s', (_, raw, sender, result) => {
    expect(readPrepFrameMessage(raw, sender, expected)).toEqual(result);
  });

  test('nothing is accepted while no card is open', () => {
    expect(
      readPrepFrameMessage({ type: 'prep/close' }, { id: ID, url: frameUrl }, { ...expected, meetingId: null }),
    ).toBe(null);
  });

  test('a per-session (dynamic) URL host is accepted when it is the one the browser gave us', () => {
    const dynamic = { ...expected, prepUrl: 'chrome-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/prep.html' };
    const sender = {
      id: ID,
      url: 'chrome-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/prep.html?meeting=google%3Aabc',
    };
    expect(readPrepFrameMessage({ type: 'prep/close' }, sender, dynamic)).toEqual({ type: 'prep/close' });
  });
});
