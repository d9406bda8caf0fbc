import { SITE_IDS, SITES } from '../../lib/calendar/sites';
import { Toggle } from './fields';
import { Section } from './Section';
import { SeriesOverrides } from './SeriesOverrides';
import { useSetting } from './useSetting';

/** Where Upward looks for 1:1s, what counts as evidence, and the series the user decided about. */
export function RecognitionSection() {
  const { value, change, note } = useSetting('recognition');
  return (
    <Section id="recognition" title="Recognition" note={note} intro="How Upward spots your 1:1s on your calendar.">
      {value && (
        <>
          <fieldset>
            <legend>Calendars to watch</legend>
            {SITE_IDS.map((site) => (
              <Toggle
                key={site}
                id={`site-${site}`}
                label={SITES[site].name}
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
