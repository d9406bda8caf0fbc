/**
 * English words and patterns shared by the Google and Outlook label parsers.
 * Patterns are strings so each parser can compose them into its own label grammar;
 * every capture group is documented next to the pattern that creates it.
 */
import type { CalendarDate, ClockReading, Meridiem } from './time';

const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Longest names first so `Mar` does not win over `March`. */
export const MONTH = `(?:${Object.keys(MONTH_NUMBERS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

export const WEEKDAY =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)';

/** `3`, `3:30`, `3pm`, `3:30 PM`, `3 p.m.`, `15:30`. Groups: hour, minute?, meridiem letter (a|p)? */
export const CLOCK = '(\\d{1,2})(?::(\\d{2}))?(?:\\s*([ap])\\.?\\s?m\\b\\.?)?';

/** `March 10, 2026` or `10 March 2026`. Groups: month, day, year, day, month, year (one triple is set). */
export const FULL_DATE = `(?:(${MONTH})\\.?\\s+(\\d{1,2}),\\s*(\\d{4})|(\\d{1,2})\\s+(${MONTH})\\.?,?\\s+(\\d{4}))`;

export function monthNumber(name: string | undefined): number | null {
  if (!name) return null;
  return MONTH_NUMBERS[name.toLowerCase()] ?? null;
}

/** Build a clock from CLOCK's three groups. */
export function clockFrom(
  hour: string | undefined,
  minute: string | undefined,
  meridiem: string | undefined,
): ClockReading | null {
  if (hour === undefined) return null;
  const letter = meridiem?.toLowerCase();
  const mer: Meridiem | null = letter === 'a' ? 'am' : letter === 'p' ? 'pm' : null;
  return { hour: Number(hour), minute: minute === undefined ? 0 : Number(minute), meridiem: mer };
}

/** Did the writer give minutes? 24-hour labels always do (`15:30`, `9:00`). */
export function hasMinutes(minute: string | undefined): boolean {
  return minute !== undefined;
}

/** Build a date from FULL_DATE's six groups. */
export function fullDateFrom(groups: ReadonlyArray<string | undefined>): CalendarDate | null {
  const [m1, d1, y1, d2, m2, y2] = groups;
  const month = monthNumber(m1 ?? m2);
  const day = Number(d1 ?? d2);
  const year = Number(y1 ?? y2);
  if (month === null || !day || !year) return null;
  return { year, month, day };
}
