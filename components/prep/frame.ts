import { browser } from 'wxt/browser';
import type { PrepFrameMessage } from '../../lib/messages/frame-to-tab';

/**
 * Talking to the calendar tab's content script, which hosts this card's iframe.
 * Messages go through the extension (tabs.sendMessage to the top frame), never
 * window.parent.postMessage: the calendar page could read or forge those. They
 * carry no user text, only "close me" and a height.
 */
export async function tellHost(message: PrepFrameMessage): Promise<void> {
  try {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id === undefined) return;
    await browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
  } catch {
    // The tab closed, the page navigated or the extension was updated: nothing to tell.
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
