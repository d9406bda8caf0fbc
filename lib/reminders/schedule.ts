import type { Meeting, Person, QuietHours, ReminderKind, ReminderSettings } from '../model';
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
 * Which reminders should exist, as a pure function of what the store holds and the clock.
 * The background makes the browser's alarms match this list; nothing else decides when a
 * reminder fires. Only meetings the calendar has shown are here: a recurring series gets a
 * reminder for each occurrence the page reported, never for invented ones.
 */

export interface PlannedReminder {
  /** The alarm's (and the notification's) name: one per meeting and kind, so never twice. */
  name: string;
  meetingId: string;
  kind: ReminderKind;
  /** When it should fire (ms since epoch). */
  when: number;
}

/** Alarms further ahead than this wait for a later re-plan (the background re-plans hourly). */
export const PLAN_HORIZON_MS = 8 * 86_400_000;
/** Browsers cap an extension's alarms (Chrome at 500): the earliest this many are plenty. */
export const MAX_PLANNED = 200;
/** An alarm the OS delivered late (a sleeping laptop) still counts this long after its time. */
export const LATE_GRACE_MS = 5 * 60_000;

const PREFIX = 'upward-reminder:';

export function reminderName(kind: ReminderKind, meetingId: string): string {
  return `${PREFIX}${kind}:${meetingId}`;
}

/** The meeting and kind an alarm or notification name stands for; null when it is not a reminder's. */
export function parseReminderName(name: string): { kind: ReminderKind; meetingId: string } | null {
  if (!name.startsWith(PREFIX)) return null;
  const rest = name.slice(PREFIX.length);
  const colon = rest.indexOf(':');
  const kind = rest.slice(0, colon);
  const meetingId = rest.slice(colon + 1);
  if (colon < 0 || (kind !== 'main' && kind !== 'second') || !meetingId) return null;
  return { kind, meetingId };
}

/** Whether a wall-clock minute falls in the quiet hours (which may wrap midnight). */
export function inQuietHours(ms: number, quiet: ReminderSettings['quietHours'], timeZone: string): boolean {
  if (!quiet?.enabled || typeof quiet.start !== 'string' || typeof quiet.end !== 'string') return false;
  const start = parseClock(quiet.start);
  const end = parseClock(quiet.end);
  // Unreadable or empty (start = end) quiet hours silence nothing rather than everything.
  if (start === null || end === null || start === end) return false;
  const { hour, minute } = wallTimeAt(ms, timeZone);
  const now = hour * 60 + minute;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** A 1:1 with someone we know, timed, still on: what reminders and wrap-up prompts are for. */
export function isLiveOneOnOne(meeting: Meeting, peopleIds: ReadonlySet<string>): boolean {
  if (!meeting.personId || !peopleIds.has(meeting.personId)) return false;
  return !(meeting.cancelled || meeting.declined || meeting.allDay);
}

/** Alarms first by time, then by name, so a plan is the same list however the store was read. */
export const byWhenThenName = (a: { when: number; name: string }, b: { when: number; name: string }): number =>
  a.when - b.when || a.name.localeCompare(b.name);

/** At an alarm, what it stands for still counts as due this early (alarms fire a little early or late). */
export const ALARM_EARLY_MS = 60_000;

/**
 * At an alarm, the entry of the re-made plan with its name, if it is due at `now`: not too early
 * (the meeting moved later, and the re-plan arms the new time) and not inside quiet hours.
 */
export function dueNow<T extends { name: string; when: number }>(
  plan: readonly T[],
  name: string,
  now: number,
  quietHours: QuietHours,
  timeZone: string,
): T | null {
  const planned = plan.find((entry) => entry.name === name);
  if (!planned || planned.when > now + ALARM_EARLY_MS) return null;
  if (inQuietHours(now, quietHours, timeZone)) return null;
  return planned;
}

/** When a meeting that deserves reminders starts. */
function startOf(meeting: Meeting, peopleIds: ReadonlySet<string>, timeZone: string): number | null {
  if (!isLiveOneOnOne(meeting, peopleIds)) return null;
  const wall = parseWallTime(meeting.start);
  return wall ? instantOf(wall, timeZone) : null;
}

/** Minutes as ms; a stored value that is not a positive number (an older or hand-edited record) counts as 0. */
const minutesOf = (value: unknown): number => {
  const minutes = Number(value);
  return Number.isFinite(minutes) && minutes > 0 ? minutes * 60_000 : 0;
};

/** The second reminder's lead in minutes, for bounding (the evening before is within a day and a half). */
const secondLead = (settings: ReminderSettings): number =>
  settings.second?.kind === 'minutes-before' ? Number(settings.second.minutes) : 36 * 60;

/** When each kind would ideally fire for a meeting, before quiet hours and the clock have a say. */
function idealTimes(
  start: number,
  startText: string,
  settings: ReminderSettings,
  timeZone: string,
): { kind: ReminderKind; at: number }[] {
  const times: { kind: ReminderKind; at: number }[] = [{ kind: 'main', at: start - minutesOf(settings.minutesBefore) }];
  const second = settings.second ?? { kind: 'none' };
  if (second.kind === 'minutes-before') {
    times.push({ kind: 'second', at: start - minutesOf(second.minutes) });
  } else if (second.kind === 'evening-before' && typeof second.time === 'string') {
    const clock = parseClock(second.time);
    const day = parseWallTime(startText);
    if (clock !== null && day) {
      const eve = shiftDays(day, -1);
      times.push({
        kind: 'second',
        at: instantOf({ ...eve, hour: Math.floor(clock / 60), minute: clock % 60 }, timeZone),
      });
    }
  }
  // A second reminder at the very moment of the main one would be the same notification twice.
  const [main, other] = times;
  return other && main && other.at === main.at ? [main] : times;
}

/**
 * The reminders that should exist at `now`. The main reminder of a meeting that has not
 * started yet still fires, at once, when its time passed while the browser was closed or
 * before the calendar showed the meeting (it says how many minutes are actually left);
 * a second reminder whose time passed is dropped, since the main one is still to come.
 */
export function plannedReminders(
  meetings: readonly Meeting[],
  people: readonly Person[],
  settings: ReminderSettings,
  now: number,
  timeZone: string = browserTimeZone(),
): PlannedReminder[] {
  if (!settings.enabled) return [];
  const peopleIds = new Set(people.map((person) => person.id));
  // Most stored meetings are past ones: a string comparison skips them before any Intl work.
  // Likewise meetings too far ahead for any of their reminders to fall inside the horizon.
  const yesterday = wallDateText(shiftDays(wallTimeAt(now, timeZone), -1));
  const longestLead = Math.max(minutesOf(settings.minutesBefore), minutesOf(secondLead(settings)), 86_400_000);
  const beyond = wallDateText(shiftDays(wallTimeAt(now + PLAN_HORIZON_MS + longestLead, timeZone), 2));
  const planned: PlannedReminder[] = [];
  for (const meeting of meetings) {
    if (!meeting.start || meeting.start < yesterday || meeting.start > beyond) continue;
    const start = startOf(meeting, peopleIds, timeZone);
    if (start === null || start <= now || !meeting.start) continue;
    for (const { kind, at } of idealTimes(start, meeting.start, settings, timeZone)) {
      if (meeting.reminded?.[kind]?.start === meeting.start) continue;
      if (at < now && kind !== 'main') continue;
      const when = Math.max(at, now);
      if (when > now + PLAN_HORIZON_MS) continue;
      if (inQuietHours(at, settings.quietHours, timeZone) || inQuietHours(when, settings.quietHours, timeZone))
        continue;
      planned.push({ name: reminderName(kind, meeting.id), meetingId: meeting.id, kind, when });
    }
  }
  planned.sort(byWhenThenName);
  return planned.slice(0, MAX_PLANNED);
}

/**
 * At an alarm: is this reminder still deserved now? The same plan, seen from a moment
 * before (an alarm fires a little after its time, later still after the computer slept),
 * and never inside quiet hours. Null means "do not show it" (moved, fired, cancelled...).
 */
export function dueReminder(
  name: string,
  meeting: Meeting | undefined,
  people: readonly Person[],
  settings: ReminderSettings,
  now: number,
  timeZone: string = browserTimeZone(),
): PlannedReminder | null {
  if (!meeting) return null;
  const plan = plannedReminders([meeting], people, settings, now - LATE_GRACE_MS, timeZone);
  return dueNow(plan, name, now, settings.quietHours, timeZone);
}
