/**
 * The words a calendar label uses for dates and times, in one language, as a lookup table.
 *
 * Month and weekday names, am/pm words, and the marks that follow numbers (年, 월, 時…) come
 * from the browser's own locale data (`Intl.DateTimeFormat#formatToParts`), so no month name is
 * shipped. The few words Intl does not print (the "to" between two times, `Del`, `arası`…)
 * come from the site's word table (`google-words.ts`, `outlook-words.ts`).
 * Built once per language and site, then reused for every label on the page.
 */

/** What a word means. Months are 1..12; the rest are fixed codes (numbers keep tables small). */
export const AM = 13;
export const PM = 14;
/** Weekday names and words that only join the parts of a date ("de", "um", "kl."). */
export const FILLER = 16;
/** Words that may stand between the two ends of a range ("to", "bis", "～") and its prefixes ("Del"). */
export const RANGE = 17;
/** A mark after a number says which number it is: 2024年, 6월, 9時, 30分. */
export const YEAR_MARK = 20;
export const MONTH_MARK = 21;
export const DAY_MARK = 22;
export const HOUR_MARK = 23;
export const MINUTE_MARK = 24;

export type Vocabulary = ReadonlyMap<string, number>;

/** Words a site's table adds to what Intl knows about a language. */
export interface ExtraWords {
  range: readonly string[];
  am?: readonly string[];
  pm?: readonly string[];
  hourMarks?: readonly string[];
  minuteMarks?: readonly string[];
  /**
   * The language's whole vocabulary (Intl's words and these), word → meaning. The background
   * builds it once and publishes it with the table, so the content script only looks words up.
   */
  vocabulary?: Readonly<Record<string, number>>;
}

/** Runs of letters: the unit both Intl's output and the labels are cut into. */
const LETTERS = /[\p{L}\p{M}]+/gu;

/** How a word is looked up: lower case, without the dots and spaces of `p. m.` or `kl.`. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[.\s]/g, '');
}

/**
 * Every word Intl prints for dates and times in `tag`, with what it means, plus `extra`.
 * Numbers are formatted with Latin digits so Intl's literals line up with Google's labels.
 */
export function buildVocabulary(tag: string, extra: ExtraWords): Vocabulary {
  const words = new Map<string, number>();
  // Earlier meanings win: a month name is never demoted to a filler by a later format.
  const add = (word: string, sense: number) => {
    const key = wordKey(word);
    if (key && !words.has(key)) words.set(key, sense);
  };
  const addAll = (text: string, sense: number) => {
    for (const [word] of text.matchAll(LETTERS)) add(word, sense);
  };
  // One formatter per set of options (making formatters is the slow part of Intl).
  const formatters = new Map<string, Intl.DateTimeFormat | null>();
  const format = (options: Intl.DateTimeFormatOptions, date: Date): Intl.DateTimeFormatPart[] => {
    const id = JSON.stringify(options);
    if (!formatters.has(id)) {
      try {
        formatters.set(id, new Intl.DateTimeFormat(tag, { timeZone: 'UTC', numberingSystem: 'latn', ...options }));
      } catch {
        formatters.set(id, null); // not a language Intl knows: only the table's own words
      }
    }
    return formatters.get(id)?.formatToParts(date) ?? [];
  };
  // Google writes am/pm in Latin letters in many languages whatever Intl says.
  const given = [extra.range, extra.am, extra.pm, extra.hourMarks, extra.minuteMarks, ['am'], ['pm']];
  given.forEach((list, i) => {
    for (const word of list ?? []) add(word, [RANGE, AM, PM, HOUR_MARK, MINUTE_MARK, AM, PM][i] as number);
  });

  const marks: Record<string, number> = { year: YEAR_MARK, month: MONTH_MARK, day: DAY_MARK, hour: HOUR_MARK };
  const fillers: string[] = [];
  const read = (parts: Intl.DateTimeFormatPart[], sense: number) => {
    parts.forEach((part, i) => {
      const before = parts[i - 1]?.value ?? '';
      const after = parts[i + 1]?.value ?? '';
      const mark = marks[part.type];
      if (part.type === 'literal') fillers.push(part.value);
      else if (part.type === 'dayPeriod') add(part.value.replace(/[^\p{L}]/gu, ''), sense);
      else if (part.type === 'month' && /\p{L}/u.test(part.value) && !/\d/.test(part.value)) {
        const names = [...part.value.matchAll(LETTERS)].map((m) => m[0]);
        const name = names.pop() ?? '';
        for (const filler of names) fillers.push(filler);
        add(name, sense);
        // Letters glued to the name by the format are part of how labels spell it:
        // Basque `ekaina` + `ren` = `ekainaren`, Hebrew `ב` + `יוני` = `ביוני`.
        const glued = `${/\p{L}+$/u.exec(before)?.[0] ?? ''}${name}${/^\p{L}+/u.exec(after)?.[0] ?? ''}`;
        add(glued, sense);
      } else if (mark) {
        // `6월` carries its mark inside the part; `2024` + `年` has it in the next literal.
        const inside = /\d(\p{L}+)/u.exec(part.value)?.[1];
        const next = /^\p{L}+/u.exec(after)?.[0];
        if (inside) add(inside, mark);
        else if (next) add(next, mark);
      }
    });
  };
  for (let month = 1; month <= 12; month++) {
    const date = new Date(Date.UTC(2024, month - 1, 10));
    for (const options of [
      { day: 'numeric', month: 'long', year: 'numeric' },
      { day: 'numeric', month: 'short', year: 'numeric' },
      { month: 'long' },
      { month: 'short' },
    ] as const)
      read(format(options, date), month);
  }
  for (let day = 0; day < 7; day++) {
    const date = new Date(Date.UTC(2024, 5, 2 + day));
    for (const weekday of ['long', 'short'] as const)
      addAll(
        format({ weekday }, date)
          .map((p) => p.value)
          .join(' '),
        FILLER,
      );
  }
  // am/pm words: 03:00 and 09:00 are am, 15:00 and 21:00 pm (some languages name both halves).
  for (const hour of [3, 9, 15, 21]) {
    read(format({ hour: 'numeric', hour12: true }, new Date(Date.UTC(2024, 5, 10, hour))), hour < 12 ? AM : PM);
  }
  const sample = new Date(Date.UTC(2024, 5, 10, 21, 5));
  for (const options of [{ dateStyle: 'long', timeStyle: 'short' }, { dateStyle: 'full' }] as const) {
    for (const part of format(options, sample)) if (part.type === 'literal') fillers.push(part.value);
  }
  for (const filler of fillers) addAll(filler, FILLER);
  return words;
}
