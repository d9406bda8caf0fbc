import type { CalendarEvent } from '../calendar/types';
import { wallTimeToMs } from '../wall-time';

/**
 * The page-side half of "the card opens by itself before the next 1:1". The content script
 * only knows what the page shows (start and end); the user's setting (on/off, how many minutes
 * before) and "once per meeting" live in the background, which answers `prep/claim-auto-open`.
 * So we ask from an hour before the start (longer than any sensible setting) until the end,
 * at most once a minute per meeting, and let the background decide.
 */
export const ASK_FROM_MS = 60 * 60_000;
export const ASK_EVERY_MS = 60_000;

/** 1:1s on the page whose asking window is open now, soonest first. */
export function dueForAutoOpen(
  events: Iterable<CalendarEvent>,
  isOneOnOne: (id: string) => boolean,
  now: number,
): CalendarEvent[] {
  const due: { event: CalendarEvent; start: number }[] = [];
  for (const event of events) {
    if (!isOneOnOne(event.id) || event.allDay || event.cancelled || event.response === 'declined') continue;
    const start = wallTimeToMs(event.start);
    if (start === null) continue;
    const end = wallTimeToMs(event.end) ?? start + 30 * 60_000;
    if (now >= start - ASK_FROM_MS && now < end) due.push({ event, start });
  }
  return due.sort((a, b) => a.start - b.start).map((item) => item.event);
}

export interface AutoOpenerOptions {
  now(): number;
  events(): Iterable<CalendarEvent>;
  isOneOnOne(id: string): boolean;
  /** Asks the background; true means "open it now" (given at most once per meeting). */
  claim(eventId: string): Promise<boolean>;
  /** A card is open: do not ask (a yes would be spent on a card we could not show). */
  busy(): boolean;
  open(eventId: string): void;
}

export interface AutoOpener {
  /** Asks about every due 1:1 not asked in the last minute. Cheap: call it often. */
  check(): Promise<void>;
}

export function createAutoOpener(options: AutoOpenerOptions): AutoOpener {
  const lastAsked = new Map<string, number>();
  const settled = new Set<string>();
  let running = false;
  return {
    async check() {
      if (running || options.busy()) return;
      running = true;
      try {
        for (const event of dueForAutoOpen(options.events(), options.isOneOnOne, options.now())) {
          const now = options.now();
          if (settled.has(event.id) || now - (lastAsked.get(event.id) ?? -Infinity) < ASK_EVERY_MS) continue;
          lastAsked.set(event.id, now);
          if (!(await options.claim(event.id))) continue;
          settled.add(event.id);
          if (!options.busy()) options.open(event.id);
          break;
        }
      } finally {
        running = false;
      }
    },
  };
}
