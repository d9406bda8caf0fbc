import type { MeSuggestion } from '../../lib/suggestions/types';
import { MeForm } from '../shared/MeForm';
import { OpenCalendar } from './OpenCalendar';

/** Step 1: the user's own name and addresses, so Upward can tell them apart from the other guest. */
export function YouStep({ suggestion, onDone }: { suggestion: MeSuggestion | null; onDone: () => void }) {
  return (
    <>
      <p>
        Upward recognises a 1:1 by who is in it: you and one other person. Your name and email tell it which guest is
        you.
      </p>
      {!suggestion && (
        <OpenCalendar>
          With your calendar open in another tab, Upward fills this in from the account signed in there.
        </OpenCalendar>
      )}
      <MeForm suggestion={suggestion} submitLabel="Save and continue" onSaved={onDone} />
      <p class="step-actions row wrap">
        <button type="button" onClick={onDone}>
          Skip this step
        </button>
      </p>
    </>
  );
}
