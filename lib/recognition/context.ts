import type { CalendarSite } from '../calendar/types';
import { people, series, settings } from '../db';
import type { Me, Person, SeriesVerdict } from '../model';
import { type NameIndex, nameIndex } from '../oneonone/names';

/** Everything the classifier needs besides the event: read once per report. */
export interface RecognitionContext {
  me: Me;
  people: Person[];
  overrides: ReadonlyMap<string, { verdict: SeriesVerdict; personId?: string }>;
  confirmedSeries: ReadonlyMap<string, string>;
  /** Settings › Recognition: do titles and organizers count as evidence? */
  titlePatterns: boolean;
  /** Everyone's names, compiled: rebuilt only when people or "you" change, never per event. */
  names: NameIndex;
}

/** The last index built and what it was built from: a report that changes nobody reuses it. */
let compiled: { key: string; names: NameIndex } | undefined;

function namesFor(me: Me, everyone: readonly Person[]): NameIndex {
  // Only what the index reads: your name, and each person's id, name and aliases.
  const key = JSON.stringify([me.name, everyone.map((person) => [person.id, person.name, person.aliases])]);
  if (compiled?.key !== key) compiled = { key, names: nameIndex(me, everyone) };
  return compiled.names;
}

export async function loadRecognitionContext(): Promise<RecognitionContext> {
  const [me, everyone, allSeries, recognition] = await Promise.all([
    settings.getMe(),
    people.all(),
    series.all(),
    settings.get('recognition'),
  ]);
  const overrides = new Map<string, { verdict: SeriesVerdict; personId?: string }>();
  const confirmedSeries = new Map<string, string>();
  for (const record of allSeries) {
    if (record.override) {
      overrides.set(record.seriesId, { verdict: record.override, personId: record.overridePersonId });
    }
    if (record.confirmedPersonId) confirmedSeries.set(record.seriesId, record.confirmedPersonId);
  }
  return {
    me,
    people: everyone,
    overrides,
    confirmedSeries,
    titlePatterns: recognition.titlePatterns !== false,
    names: namesFor(me, everyone),
  };
}

/** Settings › Recognition: is Upward watching this calendar site? A missing entry means yes. */
export async function siteEnabled(site: CalendarSite): Promise<boolean> {
  const recognition = await settings.get('recognition');
  return recognition.sites?.[site] !== false;
}
