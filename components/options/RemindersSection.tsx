import { useState } from 'preact/hooks';
import { MINUTES_LIMITS, type Parsed, parseClock, parseMinutes, reminderConflicts } from '../../lib/db/settings';
import type { ReminderSettings, SecondReminder } from '../../lib/model';
import { ParsedField, Toggle } from './fields';
import { Section } from './Section';
import { useSetting } from './useSetting';

type SecondKind = SecondReminder['kind'];
const SECOND_CHOICES: Array<{ kind: SecondKind; label: string }> = [
  { kind: 'none', label: 'No second reminder' },
  { kind: 'minutes-before', label: 'Minutes before' },
  { kind: 'evening-before', label: 'The evening before' },
];

/**
 * A field's parser that also refuses a value breaking a rule across fields (a second reminder
 * landing on the first, empty quiet hours): the rules are `reminderConflicts`, checked on the
 * settings the value would make.
 */
const withinRules =
  <T,>(parse: (text: string) => Parsed<T>, apply: (value: T) => ReminderSettings) =>
  (text: string): Parsed<T> => {
    const parsed = parse(text);
    if (!parsed.ok) return parsed;
    const [problem] = reminderConflicts(apply(parsed.value));
    return problem ? { ok: false, error: problem } : parsed;
  };

/** When the pre-meeting notification comes, a second one, and hours when none may come. */
export function RemindersSection() {
  const { value, change, note } = useSetting('reminders');
  // What the second reminder's other choices held, so flipping between them loses nothing.
  const [lastMinutes, setLastMinutes] = useState(60);
  const [lastEvening, setLastEvening] = useState('20:00');
  if (!value)
    return (
      <Section id="reminders" title="Reminders" note={note}>
        {null}
      </Section>
    );

  const save = (edit: (r: ReminderSettings) => ReminderSettings) => void change(edit);
  const second = value.second;
  const chooseSecond = (kind: SecondKind) =>
    save((r) => ({
      ...r,
      second:
        kind === 'none'
          ? { kind }
          : kind === 'minutes-before'
            ? { kind, minutes: lastMinutes === r.minutesBefore ? lastMinutes + 1 : lastMinutes }
            : { kind, time: lastEvening },
    }));

  return (
    <Section
      id="reminders"
      title="Reminders"
      note={note}
      intro="A notification before each 1:1 Upward recognised; clicking it opens the prep card."
    >
      <Toggle
        id="reminders-on"
        label="Remind me before a 1:1"
        checked={value.enabled}
        onChange={(on) => save((r) => ({ ...r, enabled: on }))}
      />
      <fieldset disabled={!value.enabled} class="stack">
        <legend class="sr-only">Reminder timing</legend>
        <ParsedField
          id="reminder-minutes"
          label="First reminder"
          type="number"
          suffix="minutes before"
          min={MINUTES_LIMITS.min}
          max={MINUTES_LIMITS.max}
          value={value.minutesBefore}
          format={String}
          parse={withinRules(parseMinutes, (minutesBefore) => ({ ...value, minutesBefore }))}
          onSave={(minutes) => save((r) => ({ ...r, minutesBefore: minutes }))}
        />
        <fieldset>
          <legend>Second reminder</legend>
          {SECOND_CHOICES.map((choice) => (
            <div class="toggle" key={choice.kind}>
              <input
                type="radio"
                id={`second-${choice.kind}`}
                name="second-reminder"
                checked={second.kind === choice.kind}
                onChange={() => chooseSecond(choice.kind)}
              />
              <label for={`second-${choice.kind}`}>{choice.label}</label>
            </div>
          ))}
          {second.kind === 'minutes-before' && (
            <ParsedField
              id="second-minutes"
              label="Second reminder: minutes ahead"
              type="number"
              suffix="minutes before"
              min={MINUTES_LIMITS.min}
              max={MINUTES_LIMITS.max}
              value={second.minutes}
              format={String}
              parse={withinRules(parseMinutes, (minutes) => ({
                ...value,
                second: { kind: 'minutes-before', minutes },
              }))}
              onSave={(minutes) => {
                setLastMinutes(minutes);
                save((r) => ({ ...r, second: { kind: 'minutes-before', minutes } }));
              }}
            />
          )}
          {second.kind === 'evening-before' && (
            <ParsedField
              id="second-evening"
              label="Second reminder: time of day"
              type="time"
              value={second.time}
              format={String}
              parse={parseClock}
              onSave={(time) => {
                setLastEvening(time);
                save((r) => ({ ...r, second: { kind: 'evening-before', time } }));
              }}
            />
          )}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>Quiet hours</legend>
        <Toggle
          id="quiet-on"
          label="No notifications during quiet hours"
          checked={value.quietHours.enabled}
          onChange={(on) => save((r) => ({ ...r, quietHours: { ...r.quietHours, enabled: on } }))}
        />
        <div class="row wrap">
          <ParsedField
            id="quiet-start"
            label="From"
            type="time"
            disabled={!value.quietHours.enabled}
            value={value.quietHours.start}
            format={String}
            parse={withinRules(parseClock, (start) => ({ ...value, quietHours: { ...value.quietHours, start } }))}
            onSave={(start) => save((r) => ({ ...r, quietHours: { ...r.quietHours, start } }))}
          />
          <ParsedField
            id="quiet-end"
            label="To"
            type="time"
            disabled={!value.quietHours.enabled}
            value={value.quietHours.end}
            format={String}
            parse={withinRules(parseClock, (end) => ({ ...value, quietHours: { ...value.quietHours, end } }))}
            onSave={(end) => save((r) => ({ ...r, quietHours: { ...r.quietHours, end } }))}
          />
        </div>
        <p class="muted hint">
          May run past midnight, like 22:00 to 07:00. Reminders that fall inside are skipped; the question after a 1:1
          waits until they end.
        </p>
      </fieldset>
    </Section>
  );
}
