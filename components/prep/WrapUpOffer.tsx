import type { Meeting } from '../../lib/model';
import { wrappedUpWords } from '../../lib/wrap-up/form';

/** The way into the wrap-up from the card, at any time; after a save, what it recorded. */
export function WrapUpOffer({ meeting, onOpen }: { meeting: Meeting; onOpen: () => void }) {
  const done = wrappedUpWords(meeting);
  return (
    <section aria-labelledby="wrap-offer-title" class="card-section">
      <h2 id="wrap-offer-title">After the 1:1</h2>
      <p class="hint">
        {done
          ? `${done}.`
          : 'Thirty seconds once it is over: what was raised or met, the answers, what was promised, how it felt.'}
      </p>
      <button type="button" class={done ? '' : 'primary'} onClick={onOpen}>
        {done ? 'Edit the wrap-up' : 'Wrap up this 1:1'}
      </button>
    </section>
  );
}
