/**
 * Calendar dates and clock readings as plain numbers, and their local wall-time strings.
 *
 * Labels state wall time in the user's zone without naming it, so we never build a
 * `Date` in the local zone: `Date.UTC` is used only as a day counter (adding days,
 * comparing), which keeps parsing independent of the machine's time zone and DST.
 */

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

/** A 24-hour time of day. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

export type Meridiem = 'am' | 'pm';

/** A clock as written in a label: `3pm` is {3, 0, 'pm'}, `15:30` is {15, 30, null}. */
export interface ClockReading {
  hour: number;
  minute: number;
  meridiem: Meridiem | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const DAY_MS = 864e5;
const dayNumber = (date: CalendarDate) => Date.UTC(date.year, date.month - 1, date.day);
const minutesOf = (time: TimeOfDay): number => time.hour * 60 + time.minute;

/** A real day of a year Upward can meet (1970–2200); February 30 is not one. */
export function isValidDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  const check = new Date(dayNumber(date));
  return year >= 1970 && year <= 2200 && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

export function formatDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Negative when a is before b, 0 when equal, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** A clock reading as 24-hour time, or null when it is not a real time (13pm, 25:00, 9:75). */
export function toTimeOfDay(clock: ClockReading, meridiem: Meridiem | null = clock.meridiem): TimeOfDay | null {
  const { hour, minute } = clock;
  if (minute > 59 || hour > (meridiem ? 12 : 23)) return null;
  // 12am is midnight, 12pm is noon; Japanese 午前0時/午後0時 read the same way.
  return { hour: meridiem ? (hour % 12) + (meridiem === 'pm' ? 12 : 0) : hour, minute };
}

/**
 * Resolve a start/end pair where one side may omit its meridiem (`1 to 2pm`).
 * The bare side takes the other side's meridiem when that keeps start <= end
 * (`1 to 2pm` is 1pm–2pm), else the opposite one (`11 to 1pm` is 11am–1pm).
 * When neither side has a meridiem the clocks must be 24-hour with minutes
 * (`15:30 to 17:00`); a bare `1 to 2` is ambiguous and yields null.
 */
export function resolveClockRange(
  start: ClockReading,
  end: ClockReading,
  options: { bareHoursAre24h?: boolean } = {},
): { start: TimeOfDay; end: TimeOfDay } | null {
  const known = start.meridiem ?? end.meridiem;
  if (!known) return both(toTimeOfDay(start), toTimeOfDay(end), options.bareHoursAre24h);
  for (const guess of [known, known === 'am' ? 'pm' : 'am'] as const) {
    const times = both(toTimeOfDay(start, start.meridiem ?? guess), toTimeOfDay(end, end.meridiem ?? guess), true);
    if (times && (guess !== known || minutesOf(times.start) <= minutesOf(times.end))) return times;
  }
  return null;
}

function both(start: TimeOfDay | null, end: TimeOfDay | null, ok = false): { start: TimeOfDay; end: TimeOfDay } | null {
  return ok && start && end ? { start, end } : null;
}

/**
 * Wall-time strings for a timed range. When the end has no date of its own and its
 * clock is earlier than the start, the range crosses midnight (`11pm to 1am`).
 */
export function timedRange(
  startDate: CalendarDate,
  endDate: CalendarDate | null,
  times: { start: TimeOfDay; end: TimeOfDay },
): { start: string; end: string } | null {
  let lastDate = endDate ?? startDate;
  if (!endDate && minutesOf(times.end) < minutesOf(times.start)) {
    const next = new Date(dayNumber(startDate) + DAY_MS);
    lastDate = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  }
  if (!isValidDate(startDate) || !isValidDate(lastDate)) return null;
  const wall = (date: CalendarDate, time: TimeOfDay) => `${formatDate(date)}T${pad(time.hour)}:${pad(time.minute)}`;
  const start = wall(startDate, times.start);
  const end = wall(lastDate, times.end);
  // A range that ends before it starts is a misread: say "unknown" rather than guess.
  return end >= start ? { start, end } : null;
}

/**
 * All-day ranges: `end` is the LAST day the event covers (inclusive), so a one-day
 * event has end === start. This matches how the labels print ranges (`March 10 – 11`).
 */
export function allDayRange(first: CalendarDate, last: CalendarDate): { start: string; end: string } | null {
  if (!isValidDate(first) || !isValidDate(last) || compareDates(last, first) < 0) return null;
  return { start: formatDate(first), end: formatDate(last) };
}
