import { mergeEvent } from './read-page';
import type { CalendarAdapter, CalendarEvent, GuestList } from './types';

export interface PageWatcherOptions {
  adapter: CalendarAdapter;
  document: Document;
  /** New or changed events, batched. Never called with an empty list. */
  onEvents(events: CalendarEvent[]): void;
  /** A detail dialog settled with this guest list (reported once per distinct list). */
  onGuests(guests: GuestList): void;
  /** How long to gather mutations before reporting (ms). The dialog also settles in this time. */
  settleMs?: number;
}

export interface PageWatcher {
  /** Events read so far, by id (what the page has shown since the watcher started). */
  readonly events: ReadonlyMap<string, CalendarEvent>;
  /** Work done by the last mutation batch, for the benchmark and tests. */
  readonly lastBatch: { candidates: number; read: number };
  /** Handles a batch of mutation records synchronously (the observer calls this). */
  handleMutations(records: readonly MutationRecord[]): void;
  stop(): void;
}

const WATCHED_ATTRIBUTES = ['aria-label', 'data-eventid', 'data-calitemid'];

/**
 * Watches a calendar page incrementally: one full read at start, then only the
 * nodes each mutation adds (or whose label changes). Elements already read are
 * remembered with the label they had, so a re-attached chip costs one lookup.
 * No polling, no whole-page rescan per mutation: work per batch is proportional
 * to what the batch added, not to the size of the calendar.
 */
export function watchCalendarPage(options: PageWatcherOptions): PageWatcher {
  const { adapter, document, onEvents, onGuests, settleMs = 60 } = options;
  const seenLabel = new WeakMap<Element, string>();
  const events = new Map<string, CalendarEvent>();
  const reported = new Map<string, string>();
  const pending = new Map<string, CalendarEvent>();
  let lastGuests = '';
  let detailsTouched = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const lastBatch = { candidates: 0, read: 0 };

  function readElements(elements: Iterable<Element>): void {
    const batch = new Map<string, CalendarEvent>();
    let candidates = 0;
    let read = 0;
    for (const element of elements) {
      candidates++;
      const signature = labelSignature(element);
      if (seenLabel.get(element) === signature) continue;
      seenLabel.set(element, signature);
      const event = adapter.readEvent(element);
      read++;
      if (!event) continue;
      const same = batch.get(event.id);
      batch.set(event.id, same ? mergeEvent(same, event) : event);
    }
    for (const [id, event] of batch) {
      const key = JSON.stringify(event);
      events.set(id, event);
      if (reported.get(id) === key) continue;
      reported.set(id, key);
      pending.set(id, event);
    }
    lastBatch.candidates = candidates;
    lastBatch.read = read;
    if (pending.size) scheduleFlush();
  }

  function scheduleFlush(): void {
    timer ??= setTimeout(flush, settleMs);
  }

  function flush(): void {
    timer = undefined;
    if (pending.size) {
      const batch = [...pending.values()];
      pending.clear();
      onEvents(batch);
    }
    if (detailsTouched) {
      detailsTouched = false;
      const guests = adapter.readOpenDetails(document);
      const key = guests ? `${guests.eventId}|${guests.emails.join(',')}` : '';
      if (guests && key !== lastGuests) onGuests(guests);
      lastGuests = key;
    }
  }

  function handleMutations(records: readonly MutationRecord[]): void {
    const candidates = new Set<Element>();
    for (const record of records) {
      if (record.type === 'attributes') {
        const chip = (record.target as Element).closest?.(adapter.eventSelector);
        if (chip) candidates.add(chip);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        if (element.matches(adapter.eventSelector)) candidates.add(element);
        if (element.firstElementChild)
          for (const inner of element.querySelectorAll(adapter.eventSelector)) candidates.add(inner);
        if (!detailsTouched && touchesDetails(element)) detailsTouched = true;
      }
    }
    readElements(candidates);
    if (detailsTouched) scheduleFlush();
  }

  function touchesDetails(element: Element): boolean {
    return (
      element.matches(adapter.detailsSelector) ||
      element.closest(adapter.detailsSelector) !== null ||
      (element.firstElementChild !== null && element.querySelector(adapter.detailsSelector) !== null)
    );
  }

  const observer = new MutationObserver(handleMutations);
  readElements(adapter.findEventElements(document));
  detailsTouched = document.querySelector(adapter.detailsSelector) !== null;
  if (detailsTouched) scheduleFlush();
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });

  return {
    events,
    lastBatch,
    handleMutations,
    stop() {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}

/** What makes a chip's reading stale: its label and id attributes. */
function labelSignature(element: Element): string {
  return `${element.getAttribute('aria-label') ?? ''}|${element.getAttribute('data-eventid') ?? element.getAttribute('data-calitemid') ?? ''}|${element.textContent?.length ?? 0}`;
}
