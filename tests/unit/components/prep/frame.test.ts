import { afterEach, describe, expect, test, vi } from 'vitest';
import { reportHeight } from '../../../../components/prep/frame';

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

afterEach(() => vi.unstubAllGlobals());

describe('the card reports its height to the frame host', () => {
  test('once per frame, only when it changed, rounded up, and not after stopping', () => {
    const layout = fakeLayout();
    let height = 100.2;
    const element = { getBoundingClientRect: () => ({ height }) } as HTMLElement;
    const sent: number[] = [];
    const stop = reportHeight(element, (h) => sent.push(h));
    layout.resize();
    layout.resize();
    layout.nextFrame();
    expect(sent).toEqual([101]);
    layout.resize();
    layout.nextFrame();
    expect(sent).toEqual([101]);
    height = 240;
    layout.resize();
    layout.nextFrame();
    expect(sent).toEqual([101, 240]);
    stop();
    height = 300;
    layout.resize();
    layout.nextFrame();
    expect(sent).toEqual([101, 240]);
  });
});
