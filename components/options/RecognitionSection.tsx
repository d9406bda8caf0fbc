import type { CalendarSite } from '../../lib/calendar/types';
import { Toggle } from './fields';
import { Section } from './Section';
import { SeriesOverrides } from './SeriesOverrides';
import { useSetting } from './useSetting';

const SITES: Array<{ site: CalendarSite; label: string }> = [
  { site: 'google', label: 'Google Calendar' },
  { site: 'outlook', label: 'Outlook on the web' },
];

/** Where Upward looks for 1:1s, what counts as evidence, and the series the user decided about. */
export function RecognitionSection() {
  const { value, change, note } = useSetting('recognition');
  return (
    <Section id="recognition" title="Recognition" note={note} intro="How Upward spots your 1:1s on your calendar.">
      {value && (
        <>
          <fieldset>
            <legend>Calendars to watch</legend>
            {SITES.map(({ site, label }) => (
              <Toggle
                key={site}
                id={`site-${site}`}
                label={label}
                checked={value.sites[site] !== false}
                onChange={(on) => void change((r) => ({ ...r, sites: { ...r.sites, [site]: on } }))}
              />
            ))}
          </fieldset>
          <Toggle
            id="title-patterns"
            label="Use event titles as evidence"
            hint="Titles like “Dana / Sam” or “1:1 with Dana” count. Off: only a guest list of exactly you and them (or your always/never choices) decides."
            checked={value.titlePatterns}
            onChange={(on) => void change((r) => ({ ...r, titlePatterns: on }))}
          />
        </>
      )}
      <SeriesOverrides />
    </Section>
  );
}
