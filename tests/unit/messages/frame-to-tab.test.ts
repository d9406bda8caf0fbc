import { describe, expect, test } from 'vitest';
import { readPrepFrameMessage } from '../../../lib/messages/frame-to-tab';

const ID = 'kmjbolpfkeglikjmekdgfdpafpajajnn';
const expected = { extensionId: ID, prepUrl: `chrome-extension://${ID}/prep.html` };
const frameUrl = `chrome-extension://${ID}/prep.html?meeting=google%3Aabc&scheme=dark&frame=3`;
/** A card kept ready: no meeting yet. */
const readyUrl = `chrome-extension://${ID}/prep.html?scheme=dark&frame=4`;

describe('messages from the prep frame', () => {
  test.each([
    [
      'close from a card',
      { type: 'prep/close' },
      { id: ID, url: frameUrl },
      { message: { type: 'prep/close' }, frame: '3' },
    ],
    [
      'resize from a card',
      { type: 'prep/resize', height: 512 },
      { id: ID, url: frameUrl },
      { message: { type: 'prep/resize', height: 512 }, frame: '3' },
    ],
    [
      'a card kept ready asks which meeting to show',
      { type: 'prep/next' },
      { id: ID, url: readyUrl },
      { message: { type: 'prep/next' }, frame: '4' },
    ],
    [
      'extra fields are dropped',
      { type: 'prep/close', text: 'secret' },
      { id: ID, url: frameUrl },
      { message: { type: 'prep/close' }, frame: '3' },
    ],
    ['another extension', { type: 'prep/close' }, { id: 'someoneelse', url: frameUrl }, null],
    ['no sender id', { type: 'prep/close' }, { url: frameUrl }, null],
    [
      'another page of this extension',
      { type: 'prep/close' },
      { id: ID, url: `chrome-extension://${ID}/popup.html?meeting=google%3Aabc&frame=3` },
      null,
    ],
    [
      'a web page',
      { type: 'prep/close' },
      { id: ID, url: 'https://calendar.google.com/prep.html?meeting=google%3Aabc&frame=3' },
      null,
    ],
    [
      'a prep page the frame host did not name (a tab)',
      { type: 'prep/close' },
      { id: ID, url: `chrome-extension://${ID}/prep.html?meeting=google%3Aabc&mode=tab` },
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

  test('a per-session (dynamic) URL host is accepted when it is the one the browser gave us', () => {
    const dynamic = { ...expected, prepUrl: 'chrome-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/prep.html' };
    const sender = {
      id: ID,
      url: 'chrome-extension://0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/prep.html?meeting=google%3Aabc&frame=1',
    };
    expect(readPrepFrameMessage({ type: 'prep/close' }, sender, dynamic)).toEqual({
      message: { type: 'prep/close' },
      frame: '1',
    });
  });
});
