/**
 * The labelled corpus of calendar labels (`tests/fixtures/labels/<site>/<language>.json`) and how
 * a parser is scored on it: the share of fields read right, and the number of wrong times (a time
 * given that is not the label's: the one error Upward must never make; no time is not wrong).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelContext, ParsedLabel } from '../../lib/calendar/types';

export interface CorpusCase {
  label: string;
  /** The page's `<html lang>` the label was seen with. */
  lang: string;
  expect: Partial<ParsedLabel>;
  /** Where the shape was seen (`seen: …`), or how it was built (`derived: …`). */
  source: string;
}

export interface CorpusLanguage {
  site: 'google' | 'outlook';
  language: string;
  cases: CorpusCase[];
}

export const CORPUS_DIR = 'tests/fixtures/labels';

/** The fields the corpus scores: what the classifier and reminders use. */
export const SCORED_FIELDS = ['title', 'organizer', 'start', 'end', 'allDay', 'response'] as const;

export function loadCorpus(site: 'google' | 'outlook'): CorpusLanguage[] {
  const dir = join(CORPUS_DIR, site);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const { language, cases } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusLanguage;
      return { site, language, cases };
    });
}

export interface Score {
  cases: number;
  seen: number;
  fields: number;
  right: number;
  wrongTimes: number;
  /** Cases with a field read wrong: label, field, expected, got. */
  misses: Array<{ label: string; field: string; expected: unknown; got: unknown }>;
}

export type Parse = (label: string, visibleTitle?: string, context?: LabelContext) => ParsedLabel;

/** Scores `parse` on one language's cases; `withLanguage` false leaves the language to the label. */
export function score(parse: Parse, corpus: CorpusLanguage, withLanguage = true): Score {
  const result: Score = { cases: 0, seen: 0, fields: 0, right: 0, wrongTimes: 0, misses: [] };
  for (const item of corpus.cases) {
    const got = parse(item.label, undefined, withLanguage ? { lang: item.lang } : {});
    result.cases++;
    if (item.source.startsWith('seen')) result.seen++;
    for (const field of SCORED_FIELDS) {
      result.fields++;
      const expected = item.expect[field] ?? null;
      const value = got[field] ?? null;
      if (expected === value) result.right++;
      else result.misses.push({ label: item.label, field, expected, got: value });
    }
    const wrong = (field: 'start' | 'end') => got[field] !== null && got[field] !== (item.expect[field] ?? null);
    if (wrong('start') || wrong('end')) result.wrongTimes++;
  }
  return result;
}

export const percent = (s: Score) => (s.fields ? (100 * s.right) / s.fields : 100);
