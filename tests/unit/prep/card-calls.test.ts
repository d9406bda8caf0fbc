import { describe, expect, test, vi } from 'vitest';
import { handleCardCall } from '../../../lib/background/card-calls';
import { needs, people } from '../../../lib/db';
import { isPrepPage } from '../../../lib/messages/card-to-background';
import { remoteCardStore } from '../../../lib/prep/remote-store';

const EXT = 'upward-id';
const prepFrame = {
  id: EXT,
  url: 'chrome-extension://f00d-dynamic/prep.html?meeting=google:a',
  tab: { id: 3 },
  frameId: 7,
};

describe('who may use the store through the background', () => {
  test.each([
    ['the prep frame (dynamic URL)', prepFrame, true],
    ['the prep page in a tab (Firefox)', { id: EXT, url: 'moz-extension://abc/prep.html?meeting=x&mode=tab' }, true],
    [
      'a content script on the calendar',
      { id: EXT, url: 'https://calendar.google.com/calendar/r', tab: { id: 3 } },
      false,
    ],
    ['another extension', { ...prepFrame, id: 'someone-else' }, false],
    ['another page of this extension', { id: EXT, url: 'chrome-extension://upward-id/popup.html' }, false],
    ['no URL', { id: EXT }, false],
    ['a web page named prep.html', { id: EXT, url: 'https://evil.example/prep.html' }, false],
  ])('%s', (_name, sender, allowed) => {
    expect(isPrepPage(sender, EXT)).toBe(allowed);
  });
});

describe('handleCardCall', () => {
  test('runs an allowlisted call against the store', async () => {
    const dana = await people.add({ name: 'Dana Reyes', emails: [], relation: 'manager' });
    const answer = await handleCardCall(
      { type: 'card/call', name: 'needs.add', args: [dana.id, 'Feedback'] },
      prepFrame,
      EXT,
    );
    expect(answer.ok).toBe(true);
    expect((await needs.forPerson(dana.id)).map((need) => need.text)).toEqual(['Feedback']);
  });

  test.each([
    ['a name outside the allowlist', { type: 'card/call', name: 'notes.all', args: [] }],
    ['an inherited property', { type: 'card/call', name: 'toString', args: [] }],
    ['arguments that are not a list', { type: 'card/call', name: 'needs.get', args: 'x' }],
    ['too many arguments', { type: 'card/call', name: 'needs.get', args: new Array(9).fill('x') }],
    ['nothing', null],
  ])('refuses %s', async (_name, message) => {
    expect(await handleCardCall(message, prepFrame, EXT)).toEqual({ ok: false, error: 'Unknown card call.' });
  });

  test('refuses a content script even with a valid call', async () => {
    const contentScript = { id: EXT, url: 'https://calendar.google.com/calendar/r', tab: { id: 3 }, frameId: 0 };
    const answer = await handleCardCall({ type: 'card/call', name: 'loadCard', args: ['x'] }, contentScript, EXT);
    expect(answer.ok).toBe(false);
  });

  test('a refused write comes back as its message; null arguments mean "not given"', async () => {
    const blank = await handleCardCall({ type: 'card/call', name: 'needs.add', args: ['p', '   '] }, prepFrame, EXT);
    expect(blank).toEqual({ ok: false, error: expect.stringContaining('words') });
    const need = await needs.add('p', 'Feedback', 1);
    // JSON turns an undefined meeting id into null: it must not be recorded as a meeting.
    await handleCardCall(
      { type: 'card/call', name: 'needs.setStatus', args: [need.id, 'raised', null] },
      prepFrame,
      EXT,
    );
    expect((await needs.get(need.id))?.history.at(-1)).not.toHaveProperty('meetingId');
  });
});

describe('remoteCardStore', () => {
  const runtime = (answer: unknown) => {
    const listeners: Array<(message: unknown, sender: { id?: string }) => void> = [];
    return {
      id: EXT,
      sendMessage: vi.fn(async () => answer),
      onMessage: {
        addListener: (fn: (typeof listeners)[number]) => listeners.push(fn),
        removeListener: (fn: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(fn), 1),
        hasListener: () => false,
      },
      listeners,
    };
  };

  test('sends the call and unwraps the answer; errors are thrown with their message', async () => {
    const fine = runtime({ ok: true, value: { kind: 'missing' } });
    const store = remoteCardStore(fine as never);
    expect(await store.call('loadCard', 'google:x')).toEqual({ kind: 'missing' });
    expect(fine.sendMessage).toHaveBeenCalledWith({ type: 'card/call', name: 'loadCard', args: ['google:x'] });
    await expect(remoteCardStore(runtime({ ok: false, error: 'No.' }) as never).call('loadCard', 'x')).rejects.toThrow(
      'No.',
    );
    await expect(remoteCardStore(runtime(undefined) as never).call('loadCard', 'x')).rejects.toThrow('reach');
  });

  test('hears store changes from this extension only, for the stores asked', () => {
    const fake = runtime(undefined);
    const onChange = vi.fn();
    const stop = remoteCardStore(fake as never).watch(['needs'], onChange);
    const [listener] = fake.listeners;
    listener?.({ type: 'store/changed', store: 'needs' }, { id: 'other-extension' });
    listener?.({ type: 'store/changed', store: 'notes' }, { id: EXT });
    listener?.({ type: 'something-else', store: 'needs' }, { id: EXT });
    expect(onChange).not.toHaveBeenCalled();
    listener?.({ type: 'store/changed', store: 'needs' }, { id: EXT });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    expect(fake.listeners).toHaveLength(0);
  });
});
