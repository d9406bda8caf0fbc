import { browser } from 'wxt/browser';
import type { CardToHostMessage } from '../../lib/messages/card-to-background';
import type { PrepFrameMessage } from '../../lib/messages/frame-to-tab';

/**
 * Talking to the calendar tab's content script, which hosts this card's iframe.
 * Messages go through the background (which knows the frame's tab; Firefox gives this
 * frame no `tabs` API), never window.parent.postMessage: the calendar page could read or
 * forge those. They carry no user text, only "close me" and a height.
 */
export async function tellHost(message: PrepFrameMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'card/to-host', message } satisfies CardToHostMessage);
  } catch {
    // The extension was updated or removed: nothing to tell.
  }
}

/**
 * Reports the card's content height whenever it changes (once per frame at most),
 * so the host can size the iframe. Returns a stop function.
 */
export function reportHeight(
  element: HTMLElement,
  send: (height: number) => void = (height) => void tellHost({ type: 'prep/resize', height }),
): () => void {
  let last = -1;
  let pending = 0;
  const measure = () => {
    pending = 0;
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      send(height);
    }
  };
  const observer = new ResizeObserver(() => {
    if (!pending) pending = requestAnimationFrame(measure);
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    if (pending) cancelAnimationFrame(pending);
  };
}
