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
 * The host element's size is visible to the calendar page, so the card says how tall it is
 * only in steps of this many pixels (a few lines of text), never to the pixel.
 */
export const HEIGHT_STEP = 96;

/** A field the user types into: while one has focus, the card's height is not reported. */
const TYPING = 'textarea, input:not([type="checkbox"]):not([type="radio"]):not([type="button"]), select';

/**
 * Reports the card's content height, so the host can size the iframe, without letting the page
 * watch the user type: heights go out in whole HEIGHT_STEPs, at most once per frame, and not at
 * all while a text field has focus (a text box grows with each new line, which the page would
 * see as the host growing). The new size is sent once focus leaves the field. Returns a stop function.
 */
export function reportHeight(
  element: HTMLElement,
  send: (height: number) => void = (height) => void tellHost({ type: 'prep/resize', height }),
): () => void {
  let last = -1;
  let pending = 0;
  const typing = () => {
    const active = element.ownerDocument.activeElement;
    return active !== null && element.contains(active) && active.matches(TYPING);
  };
  const measure = () => {
    pending = 0;
    if (typing()) return;
    const height = Math.ceil(element.getBoundingClientRect().height / HEIGHT_STEP) * HEIGHT_STEP;
    if (height !== last) {
      last = height;
      send(height);
    }
  };
  const schedule = () => {
    if (!pending) pending = requestAnimationFrame(measure);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(element);
  // Focus moving on (or out of the card) is when a size held back while typing goes out.
  element.addEventListener('focusout', schedule);
  return () => {
    observer.disconnect();
    element.removeEventListener('focusout', schedule);
    if (pending) cancelAnimationFrame(pending);
  };
}
