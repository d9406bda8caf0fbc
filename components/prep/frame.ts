import { browser } from 'wxt/browser';
import type { CardToHostMessage } from '../../lib/messages/card-to-background';
import type { FrameToTab, PrepFrameMessage } from '../../lib/messages/frame-to-tab';
import type { MessageOf, ResponseOf } from '../../lib/messages/protocol';

/**
 * Talking to the calendar tab's content script, which hosts this card's iframe.
 * Messages go through the background (which knows the frame's tab; Firefox gives this
 * frame no `tabs` API), never window.parent.postMessage: the calendar page could read or
 * forge those. They carry no user text, only "close me", a height, and "which meeting?".
 * The answer, or undefined when there is none (the tab closed, the page navigated, the
 * extension was updated).
 */
export async function askHost<T extends keyof FrameToTab>(
  message: MessageOf<FrameToTab, T>,
): Promise<Partial<ResponseOf<FrameToTab, T>> | undefined> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({
      type: 'card/to-host',
      message,
    } satisfies CardToHostMessage);
    return typeof answer === 'object' && answer !== null ? answer : undefined;
  } catch {
    return undefined;
  }
}

export async function tellHost(message: PrepFrameMessage): Promise<void> {
  await askHost(message);
}

/** Resolves once the calendar's tab is on screen (at once if it is). */
const shown = (doc: Document) =>
  new Promise<void>((done) => {
    if (!doc.hidden) return done();
    doc.addEventListener('visibilitychange', function seen() {
      if (doc.hidden) return;
      doc.removeEventListener('visibilitychange', seen);
      done();
    });
  });

/**
 * How long after each lost ask in a row the card asks again, before it gives up (the extension
 * was updated or removed, and nothing answers any more). The first is a moment, not at once: the
 * browser has just stopped the background, and the ask wakes it. Not long either, since a card
 * kept ready that is not asking cannot be told its meeting: bench:prep's "after the service
 * worker went to sleep" row waits it out (one pause of 1 s made that open take 0.93 s). Longer
 * after that: a background still starting up may lose the next one too.
 */
export const LOST_ASK_PAUSES_MS = [250, 500, 1000, 2000] as const;

/**
 * A card kept ready, hidden, on the calendar page (lib/content/prep-frame.ts) loads with no
 * meeting: it asks its host which one to show, saying which it shows, shows the answer, and asks
 * again, for as long as the host answers: it stops once the card is open and shows its meeting (a
 * new card is a new frame). Only while its tab is on screen: nobody can open it otherwise, and
 * each ask wakes the background. An ask lost on its way (the background was stopped while it held
 * it) is asked again, a moment later.
 */
export async function followHost(show: (meetingId: string) => void, doc: Document = document): Promise<void> {
  let shows: string | undefined;
  for (let lost = 0; ; ) {
    await shown(doc);
    const message: CardToHostMessage = { type: 'card/to-host', message: { type: 'prep/next', shows } };
    let answer: unknown;
    try {
      answer = await browser.runtime.sendMessage(message);
      lost = 0;
    } catch {
      const pause = LOST_ASK_PAUSES_MS[lost++];
      if (pause === undefined) return;
      await new Promise((done) => setTimeout(done, pause));
      continue;
    }
    if (typeof answer !== 'object' || answer === null) return;
    const meetingId = (answer as { eventId?: unknown }).eventId;
    if (typeof meetingId === 'string' && meetingId) {
      shows = meetingId;
      show(meetingId);
    }
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
 * see as the host growing). The new size is sent once focus leaves the field.
 *
 * The first height goes out at once, not on an animation frame: a card kept ready is hidden,
 * and the browser may run no frames for it (Chromium does not, for a hidden frame of another
 * origin) until it shows, which is too late: the host shows an opened card once it knows its size.
 * `shows`: the meeting drawn, said with each height (none while the card loads). Returns a stop function.
 */
export function reportHeight(
  element: HTMLElement,
  shows?: string,
  send: (height: number) => void = (height) => void tellHost({ type: 'prep/resize', height, ...(shows && { shows }) }),
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
  measure();
  // Focus moving on (or out of the card) is when a size held back while typing goes out.
  element.addEventListener('focusout', schedule);
  return () => {
    observer.disconnect();
    element.removeEventListener('focusout', schedule);
    if (pending) cancelAnimationFrame(pending);
  };
}
