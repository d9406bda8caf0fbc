/**
 * Dates and times inside calendar labels, in any language, read with one language's
 * vocabulary (`locale/vocabulary.ts`). There is no grammar per language: a piece of label is
 * cut into numbers and known words, and the words say what the numbers are (`Juni` is a month,
 * `年` marks a year, `PM` an afternoon hour). Any word the vocabulary does not know makes the
 * piece unreadable, so a label in another language never yields a time.
 */
import {
  AM,
  DAY_MARK,
  HOUR_MARK,
  MINUTE_MARK,
  MONTH_MARK,
  PM,
  RANGE,
  type Vocabulary,
  wordKey,
  YEAR_MARK,
} from './locale/vocabulary';
import { type CalendarDate, compareDates, isValidDate, resolveClockRange, type TimeOfDay } from './time';

type Token = { n: number; min?: number; digits: number } | { w: number };

/** One end of a range as written: any of year, month, day, hour, minute, am/pm. */
interface Side {
  y?: number;
  mo?: number;
  d?: number;
  h?: number;
  mi?: number;
  p?: number;
  /** The hour carried a mark (`9時`, `9시`): such hours are 24-hour unless am/pm is said. */
  marked?: boolean;
}

/** A date as read; the year may be missing (the column's year is used then). */
export type PartialDate = Omit<CalendarDate, 'year'> & { year: number | undefined };

export interface TimeRange {
  startDate: PartialDate | null;
  endDate: PartialDate | null;
  times: { start: TimeOfDay; end: TimeOfDay };
}

export interface DateRange {
  first: PartialDate;
  last: PartialDate;
}

const TOKEN = /(\d{1,4})(?::(\d\d))?|[\p{L}\p{M}]+|[~～〜–—-]/gu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** Numbers and known words of `text`, or null when a word is unknown in this language. */
export function tokenize(text: string, vocabulary: Vocabulary): Token[] | null {
  const clean = text
    // Arabic-Indic and Persian digits, `22.15` clocks, `p. m.` / `a.m.` / `PM`.
    .replace(/[٠-٩۰-۹]/g, (digit) => String(digit.charCodeAt(0) & 15))
    .replace(/(\d)\.(\d\d)(?!\d)/g, '$1:$2')
    .replace(/(?<!\p{L})([ap])\.?\s?m\.?(?!\p{L})/giu, '$1m');
  const tokens: Token[] = [];
  for (const [match, digits, minute] of clean.matchAll(TOKEN)) {
    if (digits) tokens.push({ n: Number(digits), min: minute ? Number(minute) : undefined, digits: digits.length });
    else if (!/\p{L}/u.test(match)) tokens.push({ w: RANGE });
    else if (!readWord(wordKey(match), vocabulary, tokens)) return null;
  }
  return tokens;
}

function readWord(key: string, vocabulary: Vocabulary, tokens: Token[]): boolean {
  const sense = vocabulary.get(key);
  if (sense !== undefined) return tokens.push({ w: sense }) > 0;
  if (!CJK.test(key)) return false;
  // Chinese and Japanese write words without spaces (`日下午`): take the longest known word each time.
  for (let at = 0; at < key.length; ) {
    let length = Math.min(4, key.length - at);
    while (length > 0 && !vocabulary.has(key.slice(at, at + length))) length--;
    if (!length) return false;
    tokens.push({ w: vocabulary.get(key.slice(at, at + length)) as number });
    at += length;
  }
  return true;
}

const isPeriod = (token: Token | undefined) =>
  token !== undefined && 'w' in token && (token.w === AM || token.w === PM);
const MARK_FIELD: Record<number, keyof Side> = {
  [YEAR_MARK]: 'y',
  [MONTH_MARK]: 'mo',
  [DAY_MARK]: 'd',
  [HOUR_MARK]: 'h',
  [MINUTE_MARK]: 'mi',
};

/**
 * What one end of a range says; null when it says something twice or leaves a number
 * unexplained. A bare number is the hour of a time range (`1 to 2pm`) or the day of a date
 * range (`10.–11. März`): `bare` says which.
 */
function readSide(tokens: readonly Token[], bare: 'h' | 'd'): Side | null {
  const side: Side = {};
  const loose: number[] = [];
  let clash = false;
  const put = (field: keyof Side, value: number) => {
    clash ||= side[field] !== undefined;
    side[field] = value as never;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if ('w' in token) {
      if (token.w <= 12) put('mo', token.w);
      else if (isPeriod(token)) put('p', token.w);
      continue;
    }
    const next = tokens[i + 1];
    const field = next && 'w' in next ? MARK_FIELD[next.w] : undefined;
    if (field) {
      i++;
      put(field, token.n);
      if (field === 'h') side.marked = true;
    }
    if (token.min !== undefined) {
      if (!field) put('h', token.n);
      put('mi', token.min);
    } else if (field) {
      // the mark said what the number is
    } else if (token.digits === 4) put('y', token.n);
    else if (side.h === undefined && (isPeriod(next) || isPeriod(tokens[i - 1]))) put('h', token.n);
    else loose.push(token.n);
  }
  if (loose.length && side.mo !== undefined && side.d === undefined) side.d = loose.shift();
  if (loose.length && side[bare] === undefined) side[bare] = loose.shift();
  return clash || loose.length || (side.p !== undefined && side.h === undefined) ? null : side;
}

/**
 * Reads `tokens` as a range `A <to> B`, trying each range word as the cut. Two cuts that read
 * differently make the range unreadable.
 */
function readRange<T>(tokens: readonly Token[], bare: 'h' | 'd', accept: (a: Side, b: Side) => T | null): T | null {
  let found: T | null = null;
  let key = '';
  for (let i = 0; i < tokens.length; i++) {
    const cut = tokens[i] as Token;
    const a = 'w' in cut && cut.w === RANGE && readSide(tokens.slice(0, i), bare);
    const b = a && readSide(tokens.slice(i + 1), bare);
    if (!a || !b) continue;
    inherit(a, b);
    inherit(b, a);
    const result = accept(a, b);
    if (!result) continue;
    if (found && JSON.stringify(result) !== key) return null;
    found = result;
    key = JSON.stringify(result);
  }
  return found;
}

/**
 * An end that names a day takes the month and year it leaves out from the other end
 * (`March 30 – April 2, 2026`, `10.–11. März`); an end that names no date at all takes the other
 * end's whole date (`10:00 AM to 10:30 AM, Monday, February 9, 2026`). A lone year or month
 * takes nothing: `2026 – January 2` is not a date.
 */
function inherit(side: Side, other: Side): void {
  if (side.d === undefined && (side.mo ?? side.y) !== undefined) return;
  side.d ??= other.d;
  side.mo ??= other.mo;
  side.y ??= other.y;
}

/** The date one end names: null when it names none, false when it names only part of one. */
function dateOf(side: Side): PartialDate | null | false {
  if ((side.d ?? side.mo ?? side.y) === undefined) return null;
  return side.d !== undefined && side.mo !== undefined && { year: side.y, month: side.mo, day: side.d };
}

const clockOf = (side: Side) => ({
  hour: side.h ?? 0,
  minute: side.mi ?? 0,
  meridiem: side.p === undefined ? null : side.p === AM ? ('am' as const) : ('pm' as const),
});

/** `3pm to 3:30pm`, `Del 9 de junio de 2024 a las 22:15 al 10 de junio de 2024 a las 06:30`, `午前10時～午後1時`. */
export function readTimeRange(text: string, vocabulary: Vocabulary): TimeRange | null {
  const tokens = tokenize(text, vocabulary);
  return (
    tokens &&
    readRange(tokens, 'h', (a, b) => {
      const startDate = dateOf(a);
      const endDate = dateOf(b);
      if (a.h === undefined || b.h === undefined || startDate === false || endDate === false) return null;
      // 24-hour clocks always show minutes (`9:00`) or a mark (`9時`); a bare `1 to 2` is ambiguous.
      const bare24 = (a.mi !== undefined && b.mi !== undefined) || Boolean(a.marked && b.marked);
      const times = resolveClockRange(clockOf(a), clockOf(b), { bareHoursAre24h: bare24 });
      // One date for both ends (`11:00 PM to 1:00 AM, Tuesday, March 10, 2026`): the end may cross midnight.
      const same = JSON.stringify(startDate) === JSON.stringify(endDate);
      return times && { startDate, endDate: same ? null : endDate, times };
    })
  );
}

/** `June 10, 2024`, `March 10 – 11, 2026`, `10.–11. März 2026`, `2026年3月10日～11日`. */
export function readDates(text: string, vocabulary: Vocabulary): DateRange | null {
  const tokens = tokenize(text, vocabulary);
  if (!tokens) return null;
  const dateOnly = (side: Side | null) => side && side.h === undefined && dateOf(side);
  const single = dateOnly(readSide(tokens, 'd'));
  return (
    readRange(tokens, 'd', (a, b) => {
      const first = dateOnly(a);
      const last = dateOnly(b);
      return first && last ? { first, last } : null;
    }) ?? (single ? { first: single, last: single } : null)
  );
}

/** A date with its year, from the label or else from the page (Google's day column). */
export function withYear(date: PartialDate, year: number | undefined): CalendarDate | null {
  const full = { year: date.year ?? year ?? 0, month: date.month, day: date.day };
  return isValidDate(full) ? full : null;
}

/** Does the day `column` fall within first..last? */
export function covers(first: CalendarDate, last: CalendarDate, column: CalendarDate): boolean {
  return compareDates(first, column) <= 0 && compareDates(column, last) <= 0;
}
