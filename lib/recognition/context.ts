import type { CalendarSite } from '../calendar/types';
import { people, series, settings } from '../db';
import type { Me, Person, SeriesVerdict } from '../model';

/** Everything the classifier needs besides the event: read once per report. */
export interface RecognitionContext {
  me: Me;
  people: Person[];
  overrides: ReadonlyMap<string, { verdict: SeriesVerdict; personId?: string }>;
  confirmedSeries: ReadonlyMap<string, string>;
  /** Settings › Recognition: do titles and organizers count as evidence? */
  titlePatterns: boolean;
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
  return { me, people: everyone, overrides, confirmedSeries, titlePatterns: recognition.titlePatterns !== false };
}

/** Settings › Recognition: is Upward watching this calendar site? A missing entry means yes. */
export async function siteEnabled(site: CalendarSite): Promise<boolean> {
  const recognition = await settings.get('recognition');
  return recognition.sites?.[site] !== false;
}
