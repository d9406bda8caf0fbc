import type { Meeting, Person, QuietHours } from '../model';
import { byWhenThenName, dueNow, inQuietHours, isLiveOneOnOne } from './schedule';
import {
  browserTimeZone,
  instantOf,
  parseClock,
  parseWallTime,
  shiftDays,
  wallDateText,
  wallTimeAt,
} from './wall-time';

/**
 * When to ask "How did your 1:1 with Dana go?", as a pure function of the store and the clock,
 * beside the reminders' schedule (schedule.ts) and read the same way by the background: its
 * alarms are made to match this list, and when one fires the question is asked again here.
 */

export interface PlannedWrapUp {
  /** The alarm's and the notification's name: one per meeting, so never twice. */
  name: string;
  meetingId: string;
  /** When to ask (ms since epoch). */
  when: number;
}

export interface WrapUpPromptSettings {
  /** Settings › After the 1:1: ask when a 1:1 ends (on by default). */
  notify: boolean;
  /** The reminders' quiet hours: one set of hours for every notification. */
  quietHours: QuietHours;
}

/** A 1:1 the calendar gave no end for is taken to last this long. */
const DEFAULT_LENGTH_MS = 30 * 60_000;
/**
 * How long after a 1:1 ends the question is still worth asking: a browser opened later that
 * day (or quiet hours ending) still asks; the next morning it would only be noise.
 */
export const WRAP_UP_LATE_MS = 6 * 3_600_000;
/** Alarms further ahead than this wait for the hourly re-plan. */
export const WRAP_UP_HORIZON_MS = 8 * 86_400_000;
export const MAX_PLANNED_WRAP_UPS = 100;
const PREFIX = 'upward-wrap-up:';

export function wrapUpName(meetingId: string): string {
  return `${PREFIX}${meetingId}`;
}

/** The meeting a wrap-up alarm or notification stands for; null when the name is not one. */
export function parseWrapUpName(name: string): { meetingId: string } | null {
  if (!name.startsWith(PREFIX)) return null;
  const meetingId = name.slice(PREFIX.length);
  return meetingId ? { meetingId } : null;
}

/** When a 1:1 that is still to be wrapped up ends; null when there is nothing to ask about. */
function endOf(meeting: Meeting, peopleIds: ReadonlySet<string>, timeZone: string): number | null {
  if (!isLiveOneOnOne(meeting, peopleIds)) return null;
  if (meeting.wrappedUpAt !== undefined) return null;
  if (meeting.start && meeting.reminded?.['wrap-up']?.start === meeting.start) return null;
  const start = parseWallTime(meeting.start);
  if (!start) return null;
  const end = parseWallTime(meeting.end);
  const startMs = instantOf(start, timeZone);
  const endMs = end ? instantOf(end, timeZone) : startMs + DEFAULT_LENGTH_MS;
  return endMs > startMs ? endMs : startMs + DEFAULT_LENGTH_MS;
}

/** The first moment after `ms` that quiet hours end (the hours may wrap midnight). */
function quietEndAfter(ms: number, quiet: QuietHours, timeZone: string): number | null {
  const end = parseClock(quiet.end);
  if (end === null) return null;
  const day = wallTimeAt(ms, timeZone);
  for (const shift of [0, 1]) {
    const at = instantOf({ ...shiftDays(day, shift), hour: Math.floor(end / 60), minute: end % 60 }, timeZone);
    if (at > ms) return at;
  }
  return null;
}

/**
 * The wrap-up prompts that should exist at `now`: one when each recognised 1:1 ends (a
 * person Upward knows, not cancelled, declined or all-day, not wrapped up or asked about
 * yet). A 1:1 that ended while the browser was closed is asked about at once, for up to
 * WRAP_UP_LATE_MS after its end. Inside quiet hours the question waits for them to end,
 * unless that is too late.
 */
export function plannedWrapUps(
  meetings: readonly Meeting[],
  people: readonly Person[],
  settings: WrapUpPromptSettings,
  now: number,
  timeZone: string = browserTimeZone(),
): PlannedWrapUp[] {
  if (!settings.notify) return [];
  const peopleIds = new Set(people.map((person) => person.id));
  // Most meetings are long past: a text comparison skips them before any Intl work.
  const earliest = wallDateText(shiftDays(wallTimeAt(now - WRAP_UP_LATE_MS, timeZone), -2));
  const planned: PlannedWrapUp[] = [];
  for (const meeting of meetings) {
    if (!meeting.start || meeting.start < earliest) continue;
    const end = endOf(meeting, peopleIds, timeZone);
    if (end === null || end + WRAP_UP_LATE_MS <= now || end > now + WRAP_UP_HORIZON_MS) continue;
    let when = Math.max(end, now);
    if (inQuietHours(when, settings.quietHours, timeZone)) {
      const after = quietEndAfter(when, settings.quietHours, timeZone);
      if (after === null || after >= end + WRAP_UP_LATE_MS) continue;
      when = after;
    }
    planned.push({ name: wrapUpName(meeting.id), meetingId: meeting.id, when });
  }
  planned.sort(byWhenThenName);
  return planned.slice(0, MAX_PLANNED_WRAP_UPS);
}

/** At an alarm: should the question be asked now? The same plan, and never inside quiet hours. */
export function dueWrapUp(
  name: string,
  meeting: Meeting | undefined,
  people: readonly Person[],
  settings: WrapUpPromptSettings,
  now: number,
  timeZone: string = browserTimeZone(),
): PlannedWrapUp | null {
  if (!meeting) return null;
  return dueNow(plannedWrapUps([meeting], people, settings, now, timeZone), name, now, settings.quietHours, timeZone);
}
