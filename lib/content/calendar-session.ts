import { showsCalendar } from '../calendar/site-row';
import type { CalendarAdapter, CalendarEvent } from '../calendar/types';
import { type PageWatcher, watchCalendarPage } from '../calendar/watch';
import { MESSAGE_LIMITS, type OneOnOnesAnswer, type SendToBackground } from '../messages/content-to-background';
import { fitEmails, fitEvent, fitEvents, inBatches } from './fit';
import { shownDays } from './shown-days';

export interface CalendarSessionOptions {
  document: Document;
  /** The site adapters this script carries (one per content script, so each stays small). */
  adapters: readonly CalendarAdapter[];
  currentUrl(): URL;
  send: SendToBackground;
  /** Called whenever the set of recognised 1:1 event ids, or how many things are to raise in one, changes. */
  onOneOnOnes?(ids: ReadonlySet<string>): void;
  /** The chips showing these events changed (added, re-rendered, removed): see `elementsOf`. */
  onChips?(ids: ReadonlySet<string>): void;
  /** Upward's own nodes on the page, which the watcher must not read. */
  isOwn?(node: Node): boolean;
  /** Quiet time after the page last changed before saying which days it shows (ms). */
  shownDelayMs?: number;
}

export interface CalendarSession {
  readonly oneOnOnes: ReadonlySet<string>;
  /** How many things are to raise in a recognised 1:1 (the badge shows it); undefined until known. */
  toRaise(id: string): number | undefined;
  /** The event as the page shows it now, if it is on the page. */
  eventOf(id: string): CalendarEvent | undefined;
  /** The events on the page now. */
  events(): Iterable<CalendarEvent>;
  /** The chips on the page now for an event. */
  elementsOf(id: string): ReadonlySet<Element>;
  /** The single-page app moved (view, date, or from mail to calendar). */
  locationChanged(): void;
  /** Settings changed in the extension: report every event again for fresh verdicts. */
  recheck(): void;
  stop(): void;
}

/**
 * The content script's whole job: while the page is a calendar, watch it and
 * report events and guest lists; keep the background's verdicts. It holds no
 * user data: only event ids and what the page itself shows.
 */
export function startCalendarSession(options: CalendarSessionOptions): CalendarSession {
  const oneOnOnes = new Set<string>();
  const counts = new Map<string, number>();
  let adapter: CalendarAdapter | null = null;
  let watcher: PageWatcher | null = null;
  let stopped = false;
  let shownTimer: ReturnType<typeof setTimeout> | undefined;

  // Once the page has been still for a moment, say which days it shows in full and what is
  // on them: a 1:1 deleted from the calendar then loses its reminder and auto-open.
  function scheduleShown(): void {
    clearTimeout(shownTimer);
    shownTimer = setTimeout(() => {
      if (!adapter || !watcher || stopped) return;
      const shown = shownDays(watcher.events.values(), adapter.currentView(options.currentUrl(), options.document));
      // A page holding more events than one message carries proves nothing about its days: say nothing.
      if (shown && shown.ids.length <= MESSAGE_LIMITS.eventsPerMessage)
        void options.send({ type: 'calendar/shown', site: adapter.site, ...shown });
    }, options.shownDelayMs ?? 2000);
  }

  function apply(reported: readonly CalendarEvent[], { oneOnOnes: recognised, toRaise = [] }: OneOnOnesAnswer): void {
    const yes = new Set(recognised);
    // New counts (a need added in the card) repaint the badges as a changed set of 1:1s does.
    let changed = false;
    recognised.forEach((id, index) => {
      const count = toRaise[index];
      if (count !== undefined && count !== counts.get(id)) {
        counts.set(id, count);
        changed = true;
      }
    });
    for (const event of reported) {
      const now = yes.has(event.id);
      if (now === oneOnOnes.has(event.id)) continue;
      changed = true;
      if (now) oneOnOnes.add(event.id);
      else oneOnOnes.delete(event.id);
    }
    if (changed) options.onOneOnOnes?.(oneOnOnes);
  }

  async function report(events: CalendarEvent[]): Promise<void> {
    if (!adapter || stopped || events.length === 0) return;
    const site = adapter.site;
    // Who is signed in, as the page's account button says: it suggests who "you" are.
    const account = options.document.querySelector(adapter.accountSelector)?.getAttribute('aria-label');
    for (const batch of inBatches(fitEvents(events))) {
      if (stopped) return;
      const answer = await options.send({ type: 'calendar/events', site, events: batch, account });
      if (answer?.ok) apply(batch, answer.value);
    }
    scheduleShown();
  }

  function follow(): void {
    const url = options.currentUrl();
    const next = options.adapters.find((candidate) => showsCalendar(candidate.row, url)) ?? null;
    if (next === adapter) return;
    watcher?.stop();
    watcher = null;
    adapter = next;
    if (!adapter || stopped) return;
    const site = adapter.site;
    watcher = watchCalendarPage({
      adapter,
      document: options.document,
      onEvents: (events) => void report(events),
      onChips: options.onChips,
      onGone: scheduleShown,
      isOwn: options.isOwn,
      onGuests: (guests) => {
        const seen = watcher?.events.get(guests.eventId);
        const event = seen && fitEvent(seen);
        if (!event) return;
        void options
          .send({ type: 'calendar/guests', site, event, emails: fitEmails(guests.emails) })
          .then((answer) => answer?.ok && apply([event], answer.value));
      },
    });
  }

  follow();
  return {
    oneOnOnes,
    toRaise: (id) => counts.get(id),
    eventOf: (id) => watcher?.events.get(id),
    events: () => watcher?.events.values() ?? [],
    elementsOf: (id) => watcher?.elementsOf(id) ?? new Set(),
    locationChanged: follow,
    recheck() {
      if (watcher) void report([...watcher.events.values()]);
    },
    stop() {
      stopped = true;
      clearTimeout(shownTimer);
      watcher?.stop();
      watcher = null;
    },
  };
}
