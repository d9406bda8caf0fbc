import { mergeEvent } from './read-page';
import type { CalendarAdapter, CalendarEvent, GuestList } from './types';

export interface PageWatcherOptions {
  adapter: CalendarAdapter;
  document: Document;
  /** New or changed events, batched. Never called with an empty list. */
  onEvents(events: CalendarEvent[]): void;
  /** A detail dialog settled with this guest list (reported once per distinct list). */
  onGuests(guests: GuestList): void;
  /**
   * The page nodes showing these events changed: a chip was read for the first time, re-rendered,
   * or removed (see `elementsOf`). Called synchronously, so badges follow the page without delay.
   */
  onChips?(ids: ReadonlySet<string>): void;
  /** Events whose last chip left the page (deleted, or navigated away from); pruned from `events`. */
  onGone?(ids: readonly string[]): void;
  /** Nodes Upward itself put on the page (badges, the prep frame): never read, never reported. */
  isOwn?(node: Node): boolean;
  /** How long to gather mutations before reporting (ms). The dialog also settles in this time. */
  settleMs?: number;
}

export interface PageWatcher {
  /** Events read so far, by id (what the page has shown since the watcher started). */
  readonly events: ReadonlyMap<string, CalendarEvent>;
  /** The chips currently on the page for an event (several for a multi-day event). */
  elementsOf(id: string): ReadonlySet<Element>;
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
  const { adapter, document, onEvents, onGuests, onChips, onGone, isOwn = () => false, settleMs = 60 } = options;
  const seenLabel = new WeakMap<Element, string>();
  const events = new Map<string, CalendarEvent>();
  /** Which event each read chip shows, and the reverse: what badges attach to and removal prunes. */
  const idOfChip = new WeakMap<Element, string>();
  const chipsOf = new Map<string, Set<Element>>();
  const NO_CHIPS: ReadonlySet<Element> = new Set();
  const pending = new Map<string, CalendarEvent>();
  let queue: Element[] = [];
  /** A slice of the queue, and a report, are due (each in a task of its own: `soon`, or a timer). */
  let sliceDue = false;
  let flushDue = false;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  // The page as it stood when the watch began is reported at once: the badges wait for it, and
  // there is nothing to let settle yet. Changes after that are let settle.
  let settle = 0;
  let lastGuests = '';
  let detailsTouched = false;
  let stopped = false;
  const lastBatch = { candidates: 0, read: 0 };

  /** Reads chips, merging the nodes of one event, and queues what changed for the next report. */
  function read(elements: readonly Element[]): number {
    const batch = new Map<string, CalendarEvent>();
    const touched = new Set<string>();
    let read = 0;
    for (const element of elements) {
      // A queued chip the app removed before its turn came is not on the page any more.
      if (!element.isConnected) continue;
      const signature = labelSignature(element);
      if (seenLabel.get(element) === signature) continue;
      seenLabel.set(element, signature);
      read++;
      const event = adapter.readEvent(element);
      const before = idOfChip.get(element);
      if (before !== event?.id) {
        if (before !== undefined) unmapChip(element, before, touched);
        if (event) mapChip(element, event.id, touched);
      }
      if (!event) continue;
      const same = batch.get(event.id);
      batch.set(event.id, same ? mergeEvent(same, event) : event);
    }
    if (touched.size) onChips?.(touched);
    for (const [id, event] of batch) {
      const known = events.get(id);
      if (known && sameEvent(known, event)) continue;
      events.set(id, event);
      pending.set(id, event);
    }
    if (pending.size) scheduleFlush();
    return read;
  }

  function mapChip(element: Element, id: string, touched: Set<string>): void {
    idOfChip.set(element, id);
    const chips = chipsOf.get(id) ?? new Set<Element>();
    chipsOf.set(id, chips);
    chips.add(element);
    touched.add(id);
  }

  function unmapChip(element: Element, id: string, touched: Set<string>): void {
    idOfChip.delete(element);
    chipsOf.get(id)?.delete(element);
    touched.add(id);
  }

  /**
   * Chips that left the page: forget them (a chip put back later is read afresh) and prune
   * events with no chip left, so a deleted event loses its badge and is not reported again.
   * Only the removed subtrees are looked at, never the page.
   */
  function forgetRemoved(removed: readonly Element[], touched: Set<string>): void {
    for (const element of removed) {
      if (element.isConnected) continue; // moved within this batch, not removed
      const chips = element.matches(adapter.eventSelector) ? [element] : [];
      if (element.firstElementChild) chips.push(...element.querySelectorAll(adapter.eventSelector));
      for (const chip of chips) {
        seenLabel.delete(chip);
        const id = idOfChip.get(chip);
        if (id !== undefined) unmapChip(chip, id, touched);
      }
    }
    const gone: string[] = [];
    for (const id of touched) {
      if (chipsOf.get(id)?.size) continue;
      chipsOf.delete(id);
      if (events.delete(id)) gone.push(id);
      pending.delete(id);
    }
    if (gone.length) onGone?.(gone);
  }

  function readNextSlice(): void {
    sliceDue = false;
    if (stopped) return;
    read(queue.splice(0, SLICE));
    if (queue.length) dueSlice();
  }

  function dueSlice(): void {
    sliceDue = true;
    soon(readNextSlice);
  }

  function enqueue(elements: readonly Element[]): void {
    queue = queue.length ? queue.concat(elements) : [...elements];
    if (!sliceDue) dueSlice();
  }

  function scheduleFlush(): void {
    if (flushDue) return;
    flushDue = true;
    // The first report at once, in a task of its own; later ones once the page has settled.
    if (settle) flushTimer = setTimeout(flush, settle);
    else soon(flush);
  }

  function flush(): void {
    flushDue = false;
    flushTimer = undefined;
    settle = settleMs;
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
    const removed: Element[] = [];
    const touched = new Set<string>();
    for (const record of records) {
      if (record.type === 'attributes') {
        const chip = (record.target as Element).closest?.(adapter.eventSelector);
        if (chip) candidates.add(chip);
        continue;
      }
      for (const node of record.removedNodes ?? []) {
        if (node.nodeType !== 1) continue;
        if (isOwn(node)) {
          // Our badge taken out of a chip that stays (the app re-rendered its insides): say so,
          // so the badge goes back.
          const id = idOfChip.get(record.target as Element);
          if (id !== undefined && (record.target as Element).isConnected) touched.add(id);
          continue;
        }
        removed.push(node as Element);
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || isOwn(node)) continue;
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
    // Read before forgetting: a chip re-rendered as a new element keeps its event (and badge).
    if (list.length <= READ_AT_ONCE && queue.length === 0) lastBatch.read = read(list);
    else if (list.length) enqueue(list);
    if (removed.length) forgetRemoved(removed, touched);
    if (touched.size) onChips?.(touched);
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
    elementsOf: (id) => chipsOf.get(id) ?? NO_CHIPS,
    lastBatch,
    handleMutations,
    drain() {
      // A slice still due finds the queue empty.
      read(queue);
      queue = [];
    },
    stop() {
      // What is still due finds the watcher stopped.
      stopped = true;
      observer.disconnect();
      clearTimeout(flushTimer);
      queue = [];
      pending.clear();
    },
  };
}

/**
 * Runs `task` in a task of its own, ahead of the page's ordinary tasks where the browser can
 * (`scheduler.postTask`, user-blocking): the badges wait on the first look, and while a calendar
 * loads, a plain timer waited up to 18 ms behind the page's own work (bench:worker).
 */
function soon(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask(task: () => void, options: object): unknown } }).scheduler;
  if (scheduler) scheduler.postTask(task, { priority: 'user-blocking' });
  else setTimeout(task);
}

/** Every field the same: the union of both readings' fields (`calendar` is only there when shown). */
function sameEvent(a: CalendarEvent, b: CalendarEvent): boolean {
  return Object.keys({ ...a, ...b }).every((key) => a[key as keyof CalendarEvent] === b[key as keyof CalendarEvent]);
}

/**
 * What makes a chip's reading stale: its label attribute, its id, and its first
 * child's text (Google keeps the label in a visually hidden first child).
 */
function labelSignature(element: Element): string {
  return `${element.getAttribute('aria-label') ?? ''}|${element.getAttribute('data-eventid') ?? element.getAttribute('data-calitemid') ?? ''}|${element.firstElementChild?.textContent ?? ''}`;
}
