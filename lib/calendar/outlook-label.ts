/**
 * Outlook on the web tile labels (`[data-calitemid] [role="button"][aria-label]`), in the
 * languages of `locale/outlook-words.ts`:
 *
 *   [<icon>, ]<subject>, <start> to <end>, <weekday>, <date>, [<location>], By <organizer>, <show-as>[, <recurrence>]
 *
 * Subjects and locations contain commas, so the show-as and `By …` parts are peeled off the end
 * and the time+date block is the rightmost run of parts that reads as one; the subject is what
 * precedes it. The same reader takes all-day (`all day event, Monday, March 2, 2026 to …`) and
 * cross-day (`11:00 PM, Monday, March 9, 2026 to 6:00 AM, Tuesday, …`) blocks. A label that fits
 * none gets a title and no time.
 */
import { orderedLabel, squashSpaces, unreadableLabel } from './label-common';
import { readDates, readTimeRange, withYear } from './label-time';
import { readInLanguages } from './locale/language';
import type { OutlookWords } from './locale/outlook-words';
import type { Vocabulary } from './locale/vocabulary';
import { labelWords, vocabularyOf } from './locale/words';
import { allDayRange, timedRange } from './time';
import type { LabelContext, ParsedLabel, ResponseStatus } from './types';

/** What the Outlook label says beyond ParsedLabel; the adapter uses it for series ids. */
export interface OutlookLabel extends ParsedLabel {
  location: string | null;
  /** Show-as status as printed (`Busy`, `Tentative`, …), or null. */
  status: string | null;
  /** The label carries a recurrence marker (`Recurring event`, or a `Recurring … icon` prefix). */
  recurring: boolean;
}

const SEPARATOR = /([,、，،]\s*)/;
const NO_WORDS = { declined: [], cancelled: [] } as unknown as OutlookWords;
const key = (text: string) => text.toLowerCase();
/** `Canceled: `, `キャンセル済み: `: a word and a colon before the subject. */
const PREFIX = /^(.+?)\s*[:：]\s*/;

export function parseOutlookLabel(label: string, visibleTitle?: string, context: LabelContext = {}): ParsedLabel {
  return orderedLabel(parseOutlookLabelDetails(label, visibleTitle, context));
}

export function parseOutlookLabelDetails(
  label: string,
  visibleTitle?: string,
  context: LabelContext = {},
): OutlookLabel {
  const text = squashSpaces(label);
  const tables = labelWords().outlook;
  const read = readInLanguages(context.lang, Object.keys(tables), (language) =>
    readTile(text, tables[language] as OutlookWords, vocabularyOf(language, tables[language] as OutlookWords)),
  );
  const visible = visibleTitle ? squashSpaces(visibleTitle) : '';
  if (read) return visible && !read.start ? { ...read, title: visible } : read;
  // Nothing fits: the first part as the subject (or the chip's visible title), and no time.
  const { subject, cancelled, response } = withoutPrefix(text.split(SEPARATOR)[0] ?? '', tables.en ?? NO_WORDS);
  return {
    ...unreadableLabel(visible || subject, cancelled),
    response,
    location: null,
    status: null,
    recurring: false,
  };
}

/** The subject without Outlook's `Canceled:` / `Declined:` prefixes, and what they said. */
function withoutPrefix(
  subject: string,
  words: OutlookWords,
): { subject: string; cancelled: boolean; response: ResponseStatus | null } {
  let cancelled = false;
  let response: ResponseStatus | null = null;
  for (let match = PREFIX.exec(subject); match; match = PREFIX.exec(subject)) {
    const word = key(match[1] ?? '');
    if (words.declined.includes(word)) response = 'declined';
    else if (!words.cancelled.includes(word)) break;
    cancelled = true;
    subject = subject.slice(match[0].length);
  }
  return { subject, cancelled, response };
}

/**
 * The tile read in one language; null when the language does not fit at all. A label whose
 * subject and status read but whose time does not comes back with a null start.
 */
function readTile(text: string, words: OutlookWords, vocabulary: Vocabulary): OutlookLabel | null {
  const pieces = text.split(SEPARATOR);
  const part = (i: number) => pieces[2 * i] ?? '';
  const join = (from: number, to: number) => pieces.slice(2 * from, 2 * to - 1).join('');
  const lastWord = (i: number) => key(part(i)).split(' ').pop() ?? '';
  let end = (pieces.length + 1) / 2;
  let first = 0;
  let recurring = false;
  // `Meeting icon, `, `Recurring meeting icon, `
  while (first < end - 1 && words.icon.includes(lastWord(first))) {
    recurring ||= words.recurring.some((marker) => key(part(first)).startsWith(marker.split(' ')[0] ?? marker));
    first++;
  }
  let status: string | null = null;
  for (; end - 1 > first; end--) {
    const last = key(part(end - 1));
    if (status === null && words.status.includes(last)) status = part(end - 1);
    else if (words.recurring.includes(last)) recurring = true;
    else break;
  }
  let organizer: string | null = null;
  for (let i = end - 1; i > first && organizer === null; i--) {
    const by = words.by.find((word) => key(part(i)).startsWith(`${word} `) || PREFIX.exec(key(part(i)))?.[1] === word);
    if (by) {
      organizer = join(i, end)
        .slice(by.length)
        .replace(/^\s*[:：]?\s*/, '');
      end = i;
    }
  }

  // The time block: the rightmost run of parts that reads as a dated range or an all-day date,
  // as long as it reads (`all day event, Monday, March 9, 2026 to Wednesday, March 11, 2026`).
  for (let i = end - 1; i > first; i--) {
    const allDay = words.allDay.includes(key(part(i)));
    for (let j = end; j > i; j--) {
      let range: { start: string; end: string } | null = null;
      if (allDay) {
        const dates = j > i + 1 ? readDates(join(i + 1, j), vocabulary) : null;
        const firstDay = dates && withYear(dates.first, undefined);
        const lastDay = dates && withYear(dates.last, undefined);
        range = firstDay && lastDay ? allDayRange(firstDay, lastDay) : null;
      } else {
        const when = readTimeRange(join(i, j), vocabulary);
        const startDay = when?.startDate && withYear(when.startDate, undefined);
        const endDay = when?.endDate ? withYear(when.endDate, undefined) : null;
        range = when && startDay && (!when.endDate || endDay) ? timedRange(startDay, endDay, when.times) : null;
      }
      if (!range) continue;
      const { subject, cancelled, response } = withoutPrefix(join(first, i), words);
      return {
        title: subject.trim(),
        organizer: organizer || null,
        start: range.start,
        end: range.end,
        allDay,
        response,
        cancelled,
        location: join(j, end) || null,
        status,
        recurring,
      };
    }
  }
  if (status === null && organizer === null) return null;
  const { subject, cancelled, response } = withoutPrefix(part(first), words);
  return { ...unreadableLabel(subject, cancelled), response, location: null, status, recurring };
}
