import type { Appearance } from '../../lib/model';
import { Section } from './Section';
import { useSetting } from './useSetting';

const CHOICES: Array<{ value: Appearance; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light or dark for every Upward page; each page follows the choice live (components/appearance.ts). */
export function AppearanceSection() {
  const { value, change, note } = useSetting('appearance');
  return (
    <Section id="appearance" title="Appearance" note={note}>
      <fieldset>
        <legend>Theme</legend>
        <div class="row wrap">
          {CHOICES.map((choice) => (
            <div class="toggle" key={choice.value}>
              <input
                type="radio"
                id={`appearance-${choice.value}`}
                name="appearance"
                checked={value === choice.value}
                onChange={() => void change(() => choice.value)}
              />
              <label for={`appearance-${choice.value}`}>{choice.label}</label>
            </div>
          ))}
        </div>
        <p class="muted hint">System follows your computer’s light or dark mode (on a calendar, the calendar’s).</p>
      </fieldset>
    </Section>
  );
}
