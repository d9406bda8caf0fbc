// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { followHost, HEIGHT_STEP, LOST_ASK_PAUSES_MS, reportHeight } from '../../../../components/prep/frame';

/** A ResizeObserver the test triggers by hand, and animation frames it runs by hand. */
function fakeLayout() {
  let notify: (() => void) | undefined;
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        notify = callback;
      }
      observe() {}
      disconnect() {
        notify = undefined;
      }
    },
  );
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames.length = 0;
  });
  return {
    resize: () => notify?.(),
    nextFrame: () => {
      for (const frame of frames.splice(0)) frame(0);
    },
  };
}

function card(height: () => number) {
  const element = document.createElement('main');
  element.innerHTML = '<textarea aria-label="Notes"></textarea><button>Close</button>';
  document.body.replaceChildren(element);
  element.getBoundingClientRect = () => ({ height: height() }) as DOMRect;
  return element;
}

afterEach(() => vi.unstubAllGlobals());

describe('the card reports its height to the frame host', () => {
  test('at once when it starts, with no frame to wait for: a card kept ready is hidden, and may get none', () => {
    fakeLayout();
    const sent: number[] = [];
    reportHeight(
      card(() => 3 * HEIGHT_STEP - 1),
      'google:a',
      (h) => sent.push(h),
    );
    expect(sent).toEqual([3 * HEIGHT_STEP]);
  });

  test('says which meeting it measured, and none while it loads', async () => {
    fakeLayout();
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const element = card(() => HEIGHT_STEP);
    reportHeight(element, 'google:a')();
    reportHeight(element)();
    expect(send.mock.calls.map(([message]) => (message as unknown as { message: unknown }).message)).toEqual([
      { type: 'prep/resize', height: HEIGHT_STEP, shows: 'google:a' },
      { type: 'prep/resize', height: HEIGHT_STEP },
    ]);
  });

  test('then once per frame, only when it changed, in whole steps, and not after stopping', () => {
    const layout = fakeLayout();
    let height = 100.2;
    const sent: number[] = [];
    const stop = reportHeight(
      card(() => height),
      undefined,
      (h) => sent.push(h),
    );
    layout.resize();
    layout.resize();
    layout.nextFrame();
    expect(sent).toEqual([2 * HEIGHT_STEP]);
    height = 2 * HEIGHT_STEP - 10;
    layout.resize();
    layout.nextFrame();
    expect(sent).toEqual([2 * HEIGHT_STEP]);
    height = 4 * HEIGHT_STEP + 1;
    layout.resize();
    layout.nextFrame();
    expect(sent).toEqual([2 * HEIGHT_STEP, 5 * HEIGHT_STEP]);
    stop();
    height = 300;
    layout.resize();
    layout.nextFrame();
    expect(sent).toEqual([2 * HEIGHT_STEP, 5 * HEIGHT_STEP]);
  });

  test('never while the user types: the page sees the host, and its height would follow each new line', () => {
    const layout = fakeLayout();
    let height = HEIGHT_STEP;
    const sent: number[] = [];
    const element = card(() => height);
    reportHeight(element, undefined, (h) => sent.push(h));
    layout.resize();
    layout.nextFrame();
    const box = element.querySelector('textarea') as HTMLTextAreaElement;
    box.focus();
    for (let line = 1; line <= 12; line++) {
      height += 20;
      layout.resize();
      layout.nextFrame();
    }
    expect(sent).toEqual([HEIGHT_STEP]);
    // Leaving the field: the card takes its new size once.
    (element.querySelector('button') as HTMLButtonElement).focus();
    layout.nextFrame();
    expect(sent).toEqual([HEIGHT_STEP, 4 * HEIGHT_STEP]);
  });
});

describe('a card kept ready follows its host', () => {
  /** A tab the test shows and hides. */
  function tab(hidden: boolean) {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    return (now: boolean) => {
      hidden = now;
      document.dispatchEvent(new Event('visibilitychange'));
    };
  }
  afterEach(() => {
    Reflect.deleteProperty(document, 'hidden');
  });

  test('shows each meeting it is told, asks again after "none yet", and stops when nobody answers', async () => {
    tab(false);
    const answers: unknown[] = [{}, { eventId: 'google:a' }, { eventId: 'google:b' }, undefined];
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => answers.shift());
    const shown: string[] = [];
    await followHost((id) => shown.push(id));
    expect(shown).toEqual(['google:a', 'google:b']);
    expect(send).toHaveBeenCalledTimes(4);
    // Each ask says what the card shows.
    expect(
      send.mock.calls.map(([message]) => (message as unknown as { message: { shows?: string } }).message.shows),
    ).toEqual([undefined, undefined, 'google:a', 'google:b']);
  });

  test('asks again a moment after an ask found no way through, then later, and gives up after a few in a row', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      tab(false);
      const lost = () => {
        throw new Error('The message port closed before a response was received.');
      };
      const outcomes: (() => unknown)[] = [
        lost,
        () => ({ eventId: 'google:a' }),
        ...LOST_ASK_PAUSES_MS.map(() => lost),
        () => {
          throw new Error('Extension context invalidated.');
        },
      ];
      const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => outcomes.shift()?.());
      const shown: string[] = [];
      let done = false;
      const following = followHost((id) => shown.push(id)).then(() => {
        done = true;
      });
      // The first lost ask is asked again after a moment, not at once and not a second later.
      await vi.advanceTimersByTimeAsync(LOST_ASK_PAUSES_MS[0] - 1);
      expect(send).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(shown).toEqual(['google:a']);
      await vi.advanceTimersByTimeAsync(LOST_ASK_PAUSES_MS.reduce((sum, pause) => sum + pause, 0));
      await following;
      expect(done).toBe(true);
      expect(send).toHaveBeenCalledTimes(2 + LOST_ASK_PAUSES_MS.length + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('asks only while its tab is on screen', async () => {
    const show = tab(true);
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const following = followHost(() => {});
    await new Promise((done) => setTimeout(done, 20));
    expect(send).not.toHaveBeenCalled();
    show(false);
    await following;
    expect(send).toHaveBeenCalledTimes(1);
  });
});
