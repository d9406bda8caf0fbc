// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HEIGHT_STEP, reportHeight } from '../../../../components/prep/frame';

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
  test('once per frame, only when it changed, in whole steps, and not after stopping', () => {
    const layout = fakeLayout();
    let height = 100.2;
    const sent: number[] = [];
    const stop = reportHeight(
      card(() => height),
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
    reportHeight(element, (h) => sent.push(h));
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
