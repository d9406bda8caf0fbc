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
  /** Work done by the last synchronous batch, for the benchmark and tests. */
  readonly lastBatch: { candidates: number; read: number };
  /** Handles a batch of mutation records (the observer calls this). */
  handleMutations(records: readonly MutationRecord[]): void;
  /** Reads every queued chip now (tests and the benchmark; the page never needs to wait). */
  drain(): void;
  stop(): void;
}

const WATCHED_ATTRIBUTES = ['aria-label', 'data-eventid', 'data-calitemid'];
/** A batch this small (a chip added or changed) is read at once. */
const READ_AT_ONCE = 40;
/** Larger queues (the first look at a month) are read this many chips per task. */
export const SLICE = 150;

/**
 * Watches a calendar page incrementally. The first look only collects the
 * event elements (as cheap as the page's own query); their labels are read in
 * small slices, one task each, so the calendar never waits on one long task.
 * After that, only the nodes each mutation adds (or whose label changes) are
 * looked at. Elements already read are remembered with their label, so a
 * re-attached chip costs one lookup. No polling, no whole-page rescan.
 */
export function watchCalendarPage(options: PageWatcherOptions): PageWatcher {
  const { adapter, document, onEvents, onGuests, settleMs = 60 } = options;
  const seenLabel = new WeakMap<Element, string>();
  const events = new Map<string, CalendarEvent>();
  const pending = new Map<string, CalendarEvent>();
  let queue: Element[] = [];
  let sliceTimer: ReturnType<typeof setTimeout> | undefined;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let lastGuests = '';
  let detailsTouched = false;
  let stopped = false;
  const lastBatch = { candidates: 0, read: 0 };

  /** Reads chips, merging the nodes of one event, and queues what changed for the next report. */
  function read(elements: readonly Element[]): number {
    const batch = new Map<string, CalendarEvent>();
    let read = 0;
    for (const element of elements) {
      const signature = labelSignature(element);
      if (seenLabel.get(element) === signature) continue;
      seenLabel.set(element, signature);
      read++;
      const event = adapter.readEvent(element);
      if (!event) continue;
      const same = batch.get(event.id);
      batch.set(event.id, same ? mergeEvent(same, event) : event);
    }
    for (const [id, event] of batch) {
      const known = events.get(id);
      if (known && sameEvent(known, event)) continue;
      events.set(id, event);
      pending.set(id, event);
    }
    if (pending.size) scheduleFlush();
    return read;
  }

  function readNextSlice(): void {
    sliceTimer = undefined;
    if (stopped) return;
    read(queue.splice(0, SLICE));
    if (queue.length) sliceTimer = setTimeout(readNextSlice, 0);
  }

  function enqueue(elements: readonly Element[]): void {
    queue = queue.length ? queue.concat(elements) : [...elements];
    sliceTimer ??= setTimeout(readNextSlice, 0);
  }

  function scheduleFlush(): void {
    flushTimer ??= setTimeout(flush, settleMs);
  }

  function flush(): void {
    flushTimer = undefined;
    if (stopped) return;
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
    if (stopped) return;
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
        // A node added inside a chip (a re-rendered label) makes the chip a candidate.
        const chip = element.closest(adapter.eventSelector);
        if (chip) candidates.add(chip);
        if (element.firstElementChild) {
          for (const inner of element.querySelectorAll(adapter.eventSelector)) candidates.add(inner);
        }
        if (!detailsTouched && touchesDetails(element)) detailsTouched = true;
      }
    }
    const list = [...candidates];
    lastBatch.candidates = list.length;
    lastBatch.read = 0;
    if (list.length <= READ_AT_ONCE && queue.length === 0) lastBatch.read = read(list);
    else if (list.length) enqueue(list);
    if (detailsTouched) scheduleFlush();
  }

  function touchesDetails(element: Element): boolean {
    return (
      element.closest(adapter.detailsSelector) !== null ||
      (element.firstElementChild !== null && element.querySelector(adapter.detailsSelector) !== null)
    );
  }

  const observer = new MutationObserver(handleMutations);
  enqueue(adapter.findEventElements(document));
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
    drain() {
      clearTimeout(sliceTimer);
      sliceTimer = undefined;
      read(queue);
      queue = [];
    },
    stop() {
      stopped = true;
      observer.disconnect();
      clearTimeout(sliceTimer);
      clearTimeout(flushTimer);
      sliceTimer = undefined;
      flushTimer = undefined;
      queue = [];
      pending.clear();
    },
  };
}

/** Field by field: cheaper than serialising each event to compare it. */
function sameEvent(a: CalendarEvent, b: CalendarEvent): boolean {
  return (
    a.title === b.title &&
    a.start === b.start &&
    a.end === b.end &&
    a.organizer === b.organizer &&
    a.response === b.response &&
    a.cancelled === b.cancelled &&
    a.allDay === b.allDay &&
    a.recurring === b.recurring &&
    a.seriesId === b.seriesId &&
    a.calendar === b.calendar
  );
}

/**
 * What makes a chip's reading stale: its label attribute, its id, and its first
 * child's text (Google keeps the label in a visually hidden first child).
 */
function labelSignature(element: Element): string {
  return `${element.getAttribute('aria-label') ?? ''}|${element.getAttribute('data-eventid') ?? element.getAttribute('data-calitemid') ?? ''}|${element.firstElementChild?.textContent ?? ''}`;
}
