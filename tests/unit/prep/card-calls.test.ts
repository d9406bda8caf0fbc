import { describe, expect, test, vi } from 'vitest';
import { handleCardCall, relayStoreChanges } from '../../../lib/background/card-calls';
import { needs, people } from '../../../lib/db';
import type { BackgroundMessage } from '../../../lib/messages/background-to-tab';
import { isPrepPage, relayCardToHost } from '../../../lib/messages/card-to-background';
import { remoteCardStore } from '../../../lib/prep/remote-store';

const EXT = 'upward-id';
const prepFrame = {
  id: EXT,
  url: 'chrome-extension://f00d-dynamic/prep.html?meeting=google:a&frame=f3',
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

/** A fake runtime port pair end: what one side posts, the other side's listeners get. */
function fakePort(name: string, sender?: object) {
  const onMessage: Array<(message: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  return {
    name,
    sender,
    posted: [] as unknown[],
    disconnected: false,
    postMessage(message: unknown) {
      if (this.disconnected) throw new Error('Attempt to postMessage on disconnected port');
      this.posted.push(message);
    },
    disconnect() {
      this.disconnected = true;
    },
    onMessage: { addListener: (fn: (message: unknown) => void) => onMessage.push(fn) },
    onDisconnect: { addListener: (fn: () => void) => onDisconnect.push(fn) },
    /** The other side says something / goes away. */
    receive: (message: unknown) => {
      for (const fn of onMessage) fn(message);
    },
    drop: () => {
      for (const fn of onDisconnect) fn();
    },
  };
}

describe('remoteCardStore', () => {
  const runtime = (answer: unknown) => {
    const ports: ReturnType<typeof fakePort>[] = [];
    const heard = new Set<(message: unknown, sender: { id?: string }) => void>();
    return {
      id: EXT,
      onMessage: {
        addListener: (fn: (message: unknown, sender: { id?: string }) => void) => heard.add(fn),
        removeListener: (fn: (message: unknown, sender: { id?: string }) => void) => heard.delete(fn),
      },
      /** A runtime message reaching the card's frame (Chromium delivers the writer's own). */
      broadcast: (message: unknown, sender: { id?: string }) => {
        for (const fn of heard) fn(message, sender);
      },
      listening: () => heard.size,
      sendMessage: vi.fn(async () => answer),
      connect: vi.fn(({ name }: { name: string }) => {
        const port = fakePort(name);
        ports.push(port);
        return port;
      }),
      ports,
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

  test('hears store changes on its own port to the background, for the stores asked', () => {
    const fake = runtime(undefined);
    const onChange = vi.fn();
    const stop = remoteCardStore(fake as never).watch(['needs'], onChange);
    expect(fake.connect).toHaveBeenCalledWith({ name: 'card/changes' });
    const [port] = fake.ports;
    port?.receive({ type: 'store/changed', store: 'notes' });
    port?.receive({ type: 'something-else', store: 'needs' });
    expect(onChange).not.toHaveBeenCalled();
    port?.receive({ type: 'store/changed', store: 'needs' });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    expect(port?.disconnected).toBe(true);
  });

  test('a port the sleeping background dropped is opened again with the next call, and the card re-reads', async () => {
    const fake = runtime({ ok: true, value: null });
    const store = remoteCardStore(fake as never);
    const onChange = vi.fn();
    store.watch(['needs'], onChange);
    fake.ports[0]?.drop();
    expect(onChange).not.toHaveBeenCalled();
    await store.call('loadCard', 'x');
    expect(fake.connect).toHaveBeenCalledTimes(2);
    // Changes made while it slept and not otherwise heard: read once more.
    expect(onChange).toHaveBeenCalledTimes(1);
    fake.ports[1]?.receive({ type: 'store/changed', store: 'needs' });
    expect(onChange).toHaveBeenCalledTimes(2);
  });
  test("hears the writer's own message while the port is down; another extension's is ignored; none after stop", () => {
    const fake = runtime(undefined);
    const onChange = vi.fn();
    const stop = remoteCardStore(fake as never).watch(['needs'], onChange);
    fake.ports[0]?.drop();
    fake.broadcast({ type: 'store/changed', store: 'needs' }, { id: 'another-extension' });
    fake.broadcast({ type: 'store/changed', store: 'notes' }, { id: EXT });
    expect(onChange).not.toHaveBeenCalled();
    fake.broadcast({ type: 'store/changed', store: 'needs' }, { id: EXT });
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    expect(fake.listening()).toBe(0);
  });
});

describe('the background side of the card', () => {
  const background = () => {
    const listeners: Array<(port: ReturnType<typeof fakePort>) => void> = [];
    return {
      id: EXT,
      onConnect: {
        addListener: (fn: (typeof listeners)[number]) => listeners.push(fn),
        removeListener: (fn: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(fn), 1),
      },
      connect: (port: ReturnType<typeof fakePort>) => {
        for (const fn of listeners) fn(port);
        return port;
      },
    };
  };

  test("passes every store change to the cards' ports, and only to prep pages", async () => {
    const runtime = background();
    const stop = relayStoreChanges(runtime as never);
    const card = runtime.connect(fakePort('card/changes', prepFrame));
    const intruder = runtime.connect(fakePort('card/changes', { id: EXT, url: 'https://calendar.google.com/r' }));
    const gone = runtime.connect(fakePort('card/changes', prepFrame));
    gone.drop();
    expect(intruder.disconnected).toBe(true);
    await needs.add('p', 'Feedback', 1);
    await vi.waitFor(() => expect(card.posted).toEqual([{ type: 'store/changed', store: 'needs' }]));
    expect(intruder.posted).toEqual([]);
    expect(gone.posted).toEqual([]);
    stop();
    expect(card.disconnected).toBe(true);
  });

  test("passes a card's close, height and question to the calendar page it sits in, naming its frame", async () => {
    const send = vi.fn(async (_tab: number, message: BackgroundMessage) =>
      message.type === 'prep/host' && message.message.type === 'prep/next' ? { eventId: 'google:a' } : undefined,
    );
    const ask = (message: unknown, sender: object) =>
      relayCardToHost({ type: 'card/to-host', message }, sender as never, EXT, send);
    await ask({ type: 'prep/close' }, prepFrame);
    await ask({ type: 'prep/resize', height: 300 }, prepFrame);
    // The host's answer goes back to the card.
    await expect(ask({ type: 'prep/next' }, prepFrame)).resolves.toEqual({ eventId: 'google:a' });
    expect(send.mock.calls).toEqual([
      [3, { type: 'prep/host', frame: 'f3', message: { type: 'prep/close' } }, { frameId: 0 }],
      [3, { type: 'prep/host', frame: 'f3', message: { type: 'prep/resize', height: 300 } }, { frameId: 0 }],
      [3, { type: 'prep/host', frame: 'f3', message: { type: 'prep/next' } }, { frameId: 0 }],
    ]);
    send.mockClear();
    // Not a prep card in a frame a host made: the content script, the prep page in its own tab, another
    // extension; and nothing but close and a height.
    await ask({ type: 'prep/close' }, { id: EXT, url: 'https://calendar.google.com/r', tab: { id: 3 }, frameId: 0 });
    await ask(
      { type: 'prep/close' },
      { id: EXT, url: 'moz-extension://u/prep.html?meeting=x&mode=tab', tab: { id: 4 }, frameId: 0 },
    );
    await ask({ type: 'prep/close' }, { ...prepFrame, id: 'someone-else' });
    // A prep page in a frame that no calendar page named.
    await ask(
      { type: 'prep/close' },
      { ...prepFrame, url: 'chrome-extension://f00d-dynamic/prep.html?meeting=google:a' },
    );
    await ask({ type: 'prep/save', text: 'secret' }, prepFrame);
    expect(send).not.toHaveBeenCalled();
  });
});
