import { browser } from 'wxt/browser';
import { SuggestedPeople } from '../shared/SuggestedPeople';
import { useSuggestions } from '../shared/useSuggestions';

const openSettings = () => void browser.runtime.openOptionsPage();

/**
 * While nobody is set up: who the calendar suggests, each one click to add, or the way to get
 * suggestions (open the calendar) and to settings.
 */
export function FirstSteps({ onDecided }: { onDecided?: () => void }) {
  const suggestions = useSuggestions();
  const suggested = suggestions.status === 'ready' ? suggestions.value.people : [];
  return (
    <section class="setup" aria-labelledby="setup-heading">
      <h2 id="setup-heading">Who do you have 1:1s with?</h2>
      {suggested.length > 0 ? (
        <>
          <p>From your calendar, on this computer:</p>
          <SuggestedPeople suggestions={suggested} idPrefix="popup-suggested" limit={3} onDecided={onDecided} />
          <p class="row wrap">
            <span class="grow muted">Someone else?</span>
            <button type="button" onClick={openSettings}>
              Set up
            </button>
          </p>
        </>
      ) : (
        <>
          <p>
            Open your calendar in a tab and Upward will suggest them here, or tell it who your manager is in settings.
          </p>
          <button type="button" class="primary" onClick={openSettings}>
            Set up
          </button>
        </>
      )}
    </section>
  );
}
