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

export function isValidDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  if (!Number.isInteger(year) || year < 1970 || year > 2200) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth;
}

export function formatDate(date: CalendarDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatDateTime(date: CalendarDate, time: TimeOfDay): string {
  return `${formatDate(date)}T${pad(time.hour)}:${pad(time.minute)}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Negative when a is before b, 0 when equal, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}

const minutesOf = (time: TimeOfDay): number => time.hour * 60 + time.minute;

/** A clock reading as 24-hour time, or null when it is not a real time (13pm, 25:00, 9:75). */
export function toTimeOfDay(clock: ClockReading, meridiem: Meridiem | null = clock.meridiem): TimeOfDay | null {
  const { hour, minute } = clock;
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) return null;
  if (meridiem === null) {
    return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? { hour, minute } : null;
  }
  if (!Number.isInteger(hour) || hour < 0 || hour > 12) return null;
  // 12am is midnight, 12pm is noon; Japanese 午前0時/午後0時 read the same way.
  const base = hour % 12;
  return { hour: meridiem === 'pm' ? base + 12 : base, minute };
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
  const opposite = (m: Meridiem): Meridiem => (m === 'am' ? 'pm' : 'am');
  if (start.meridiem && end.meridiem) return both(toTimeOfDay(start), toTimeOfDay(end));
  if (!start.meridiem && end.meridiem) {
    const endTime = toTimeOfDay(end);
    const same = toTimeOfDay(start, end.meridiem);
    if (endTime && same && minutesOf(same) <= minutesOf(endTime)) return { start: same, end: endTime };
    return both(toTimeOfDay(start, opposite(end.meridiem)), endTime);
  }
  if (start.meridiem && !end.meridiem) {
    const startTime = toTimeOfDay(start);
    const same = toTimeOfDay(end, start.meridiem);
    if (startTime && same && minutesOf(same) >= minutesOf(startTime)) return { start: startTime, end: same };
    return both(startTime, toTimeOfDay(end, opposite(start.meridiem)));
  }
  return options.bareHoursAre24h ? both(toTimeOfDay(start), toTimeOfDay(end)) : null;
}

function both(start: TimeOfDay | null, end: TimeOfDay | null): { start: TimeOfDay; end: TimeOfDay } | null {
  return start && end ? { start, end } : null;
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
  if (!endDate && minutesOf(times.end) < minutesOf(times.start)) lastDate = addDays(startDate, 1);
  if (!isValidDate(startDate) || !isValidDate(lastDate)) return null;
  const startText = formatDateTime(startDate, times.start);
  const endText = formatDateTime(lastDate, times.end);
  // A range that ends before it starts is a misread: say "unknown" rather than guess.
  return endText >= startText ? { start: startText, end: endText } : null;
}

/**
 * All-day ranges: `end` is the LAST day the event covers (inclusive), so a one-day
 * event has end === start. This matches how the labels print ranges (`March 10 – 11`).
 */
export function allDayRange(first: CalendarDate, last: CalendarDate): { start: string; end: string } | null {
  if (!isValidDate(first) || !isValidDate(last) || compareDates(last, first) < 0) return null;
  return { start: formatDate(first), end: formatDate(last) };
}
