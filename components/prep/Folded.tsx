import { useEffect, useRef } from 'preact/hooks';
import type { ReadyCard } from '../../lib/prep/load';
import { toRaiseWords } from '../../lib/to-raise';

/**
 * The card as it opens by itself before a 1:1: person, time and counts only, because the tab it
 * opens on may be the one shared in that very meeting. A click, Enter or Space shows the prep.
 */
export function Folded({ card, toRaise, onReveal }: { card: ReadyCard; toRaise: number; onReveal: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  const promised = card.commitments.open.length;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the button inside is the keyboard's way in; the panel is a larger target for the mouse.
    <section class="folded" aria-labelledby="folded-title" onClick={onReveal}>
      <h2 id="folded-title" class="sr-only">
        Prep folded
      </h2>
      <p class="folded-counts">
        {toRaiseWords(toRaise)}
        {promised > 0 && ` · ${promised} open ${promised === 1 ? 'commitment' : 'commitments'}`}
      </p>
      <button ref={button} type="button" class="primary" onClick={onReveal}>
        Show prep
      </button>
      <p class="hint">Opened by itself before your 1:1, folded so a shared screen shows none of your notes.</p>
    </section>
  );
}
