import { people } from '../../lib/db';
import type { PersonSuggestion } from '../../lib/suggestions/types';
import { PersonForm, RELATION_LABELS } from '../shared/PersonForm';
import { SuggestedPeople } from '../shared/SuggestedPeople';
import { useLive } from '../shared/useLive';
import { OpenCalendar } from './OpenCalendar';

const ADD_LABELS = {
  idPrefix: 'welcome-person',
  name: 'Their name',
  emails: 'Their email addresses (comma separated)',
  aliases: 'Other names on the calendar (comma separated)',
  relation: 'They are your',
  submit: 'Add person',
};

/** Step 2: the people the calendar suggests, one click each, or anyone typed in by hand. */
export function PeopleStep(props: {
  suggested: readonly PersonSuggestion[] | null;
  onBack: () => void;
  onDone: () => void;
}) {
  const everyone = useLive(() => people.sorted(), ['people']);
  const added = everyone.status === 'ready' ? everyone.value : [];
  const suggested = props.suggested ?? [];
  return (
    <>
      <p>
        Your manager, a skip-level, a mentor: Upward prepares you for 1:1s with them. It suggests people from the
        meetings your calendar shows, worked out on this computer; nothing is sent anywhere.
      </p>
      <SuggestedPeople suggestions={suggested} idPrefix="welcome-suggested" label="Suggested from your calendar" />
      {props.suggested && suggested.length === 0 && added.length === 0 && (
        <OpenCalendar>
          No suggestions yet. Open your calendar in another tab on a week with your 1:1s: suggestions appear here as it
          loads.
        </OpenCalendar>
      )}
      {added.length > 0 && (
        <section aria-labelledby="added-heading">
          <h3 id="added-heading">In Upward now</h3>
          <ul class="plain added" aria-labelledby="added-heading">
            {added.map((person) => (
              <li key={person.id}>
                <bdi>{person.name}</bdi> <span class="muted">· {RELATION_LABELS[person.relation].toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <details class="by-hand">
        <summary>
          {suggested.length > 0 || added.length > 0 ? 'Someone else? Add them by hand' : 'Add someone by hand'}
        </summary>
        <PersonForm ariaLabel="Add a person" labels={ADD_LABELS} onSave={(draft) => people.add(draft)} />
      </details>
      <p class="step-actions row wrap">
        <button type="button" onClick={props.onBack}>
          Back
        </button>
        <span class="grow" />
        <button type="button" class={added.length ? 'primary' : undefined} onClick={props.onDone}>
          {added.length ? 'Continue' : 'Skip this step'}
        </button>
      </p>
    </>
  );
}
