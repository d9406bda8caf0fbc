/**
 * Google Calendar chip labels (the `aria-label` or visually hidden first child of a chip), in
 * every UI language in `locale/google-words.ts`. One reader for all of them:
 *
 *   <time range | All day>, <title>, <organizer | Calendar: name>, [<RSVP>], [<location>], [<date>], [<colour>]
 *
 * with each language's separator (`,` `、` `，` `،`), range words and date order. The time is
 * read from the start and the date from the end (titles contain commas); the parts between are
 * peeled from the end by the table's words; whatever remains first is the title.
 *
 * Never a wrong time: a label yields a time only when every word of its time and date is
 * known in one language and the label shows a word no other language uses ("No location",
 * "Kein Ort"…); a date that disagrees with the chip's day column is dropped.
 */
import { orderedLabel, squashSpaces, unreadableLabel } from './label-common';
import { covers, type DateRange, readDates, readTimeRange, type TimeRange, tokenize, withYear } from './label-time';
import type { GoogleWords } from './locale/google-words';
import { readInLanguages } from './locale/language';
import { type ExtraWords, FILLER, type Vocabulary } from './locale/vocabulary';
import { labelWords, vocabularyOf } from './locale/words';
import { allDayRange, type CalendarDate, timedRange } from './time';
import type { LabelContext, ParsedLabel, ResponseStatus } from './types';

type Phrase = Exclude<keyof GoogleWords, keyof ExtraWords>;
const RESPONSES: readonly ResponseStatus[] = ['accepted', 'needs-action', 'declined', 'tentative'];

export function parseGoogleLabel(label: string, visibleTitle?: string, context: LabelContext = {}): ParsedLabel {
  const text = squashSpaces(label);
  const tables = labelWords().google;
  const parsed = readInLanguages(context.lang, Object.keys(tables), (language) =>
    readLabel(
      text,
      tables[language] as GoogleWords,
      vocabularyOf(language, tables[language] as GoogleWords),
      context.day,
    ),
  );
  return parsed ? orderedLabel(parsed) : unreadableLabel(fallbackTitle(text, visibleTitle));
}

/** The separators of the label's parts, kept so a title with commas comes back as written. */
const SEPARATOR = /([,،，、]\s*)/;
const key = (text: string) => text.toLowerCase();

/** The label read in one language, or null when this language cannot read it. */
function readLabel(
  text: string,
  words: GoogleWords,
  vocabulary: Vocabulary,
  column: CalendarDate | undefined,
): ParsedLabel | null {
  const pieces = text.split(SEPARATOR);
  const part = (i: number) => pieces[2 * i] ?? '';
  const join = (from: number, to: number) => pieces.slice(2 * from, 2 * to - 1).join('');
  let count = (pieces.length + 1) / 2;
  // `…, Color: Graphite, ` ends with an empty part.
  while (count > 0 && !part(count - 1)) count--;
  let own = false;
  /** Is part i one of the phrases (0), or does it start with one and a colon (the prefix's length)? */
  const is = (i: number, name: Phrase, prefixed?: boolean): number | false => {
    const match = prefixed ? /^(.+?)\s*[:：]\s*/.exec(part(i)) : [part(i), part(i)];
    const phrase = key(match?.[1] ?? '');
    if (!match || !(words[name] as readonly string[]).includes(phrase)) return false;
    own ||= words.own.includes(phrase);
    return (match[0] as string).length;
  };

  // The head: `All day`, or a time range spread over up to four parts (`du 9 juin 2024, 22:15 au …`).
  let head = 0;
  let when: TimeRange | null = null;
  const allDay = is(0, 'allDay') !== false;
  if (allDay) head = 1;
  for (let parts = 1; !head && parts <= 4 && parts < count; parts++) {
    when = readTimeRange(join(0, parts), vocabulary);
    if (when) head = parts;
  }
  if (!head) return null;

  // The tail: a date or date range over up to three parts (`March 10 – 11, 2026`).
  let tail = count;
  let dates: DateRange | null = null;
  for (let parts = 1; !dates && parts <= 3 && count - parts > head; parts++) {
    dates = readDates(join(count - parts, count), vocabulary);
    if (dates) tail = count - parts;
  }
  // `Tuesday, March 10, 2026`: the weekday belongs to the date.
  while (dates && tail - 1 > head && onlyFiller(part(tail - 1), vocabulary)) tail--;

  // Between them, from the end: [colour], location, RSVP, organizer or `Calendar: name`, title.
  // The last location: a title may imitate label parts (`Accepted, No location, March 1`).
  let end = tail;
  for (let i = tail - 1; i > head && end === tail; i--)
    if (is(i, 'noLocation') !== false || is(i, 'location', true)) end = i;
  let response: ResponseStatus | null = null;
  // What follows the RSVP word is the location, named or not (`…, Accepted, Google Meet, …`).
  for (let i = end - 1; i > head && !response; i--) {
    response = RESPONSES.find((status) => is(i, status) !== false) ?? null;
    if (response) end = i;
  }
  const bracketed = part(head).startsWith('「');
  let titleEnd = head + 1;
  if (bracketed) for (let i = head; i < end; i++) if (part(i).endsWith('」')) titleEnd = i + 1;
  let organizer: string | null = null;
  let calendar: string | undefined;
  for (let i = end - 1; i >= titleEnd && calendar === undefined; i--) {
    const length = is(i, 'calendar', true);
    if (length) {
      calendar = join(i, end).slice(length);
      if (!bracketed) titleEnd = i;
    }
  }
  if (calendar === undefined && end > titleEnd) {
    if (!bracketed) titleEnd = end - 1;
    organizer = join(titleEnd, end);
  }
  if (!own) return null;

  const range = wallTimes(allDay, when, dates, column);
  const parsed: ParsedLabel = {
    title: join(head, titleEnd).replace(/^「([\s\S]*)」$/, '$1'),
    organizer,
    start: range?.start ?? null,
    end: range?.end ?? null,
    allDay,
    response,
    cancelled: false,
  };
  if (calendar !== undefined) parsed.calendar = calendar;
  return parsed;
}

function onlyFiller(text: string, vocabulary: Vocabulary): boolean {
  const [token, more] = tokenize(text, vocabulary) ?? [];
  return !more && token !== undefined && 'w' in token && token.w === FILLER;
}

/** Wall times from what the head and the tail say, checked against the chip's day column. */
function wallTimes(
  allDay: boolean,
  when: TimeRange | null,
  dates: DateRange | null,
  column: CalendarDate | undefined,
): { start: string; end: string } | null {
  let range: { start: string; end: string } | null = null;
  if (allDay) {
    const first = dates && withYear(dates.first, column?.year);
    const last = dates && first && withYear(dates.last, first.year);
    range = first && last ? allDayRange(first, last) : null;
  } else if (when) {
    const startDate = when.startDate ?? dates?.first;
    const endDate = when.endDate ?? (dates && dates.last !== dates.first ? dates.last : null);
    const start = startDate && withYear(startDate, column?.year);
    const end = endDate && start ? withYear(endDate, start.year) : null;
    range = start && (!endDate || end) ? timedRange(start, end, when.times) : null;
  }
  if (range && column && !covers(dayOf(range.start), dayOf(range.end), column)) return null;
  return range;
}

const dayOf = (wallTime: string): CalendarDate => {
  const [year, month, day] = wallTime.slice(0, 10).split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
};

/** Best-effort title for a label we cannot read: the chip's visible text, the 「」 title, else the first part without digits. */
function fallbackTitle(text: string, visibleTitle: string | undefined): string {
  const visible = visibleTitle ? squashSpaces(visibleTitle) : '';
  if (visible) return visible;
  const quoted = /「(.*)」/.exec(text)?.[1];
  if (quoted !== undefined) return quoted.trim();
  const parts = text.split(SEPARATOR).filter((_, i) => i % 2 === 0);
  return parts.slice(1).find((p) => !/\d/.test(p)) ?? parts[1] ?? parts[0] ?? '';
}
