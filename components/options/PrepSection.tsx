import { MINUTES_LIMITS, parseMinutes } from '../../lib/db/settings';
import { ParsedField, Toggle } from './fields';
import { Section } from './Section';
import { useSetting } from './useSetting';

/** Whether the prep card opens by itself on the calendar before a 1:1. */
export function PrepSection() {
  const { value, change, note } = useSetting('prep');
  return (
    <Section id="prep" title="Prep card" note={note} intro="The card beside your 1:1 on the calendar page.">
      {value && (
        <>
          <Toggle
            id="prep-auto"
            label="Open the prep card by itself before a 1:1"
            hint="Once per meeting, while the calendar is open."
            checked={value.autoOpen}
            onChange={(on) => void change((p) => ({ ...p, autoOpen: on }))}
          />
          <ParsedField
            id="prep-minutes"
            label="How long before"
            type="number"
            suffix="minutes before it starts"
            min={MINUTES_LIMITS.min}
            max={MINUTES_LIMITS.max}
            disabled={!value.autoOpen}
            value={value.autoOpenMinutes}
            format={String}
            parse={parseMinutes}
            onSave={(minutes) => void change((p) => ({ ...p, autoOpenMinutes: minutes }))}
          />
        </>
      )}
    </Section>
  );
}
