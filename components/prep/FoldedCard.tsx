import { useEffect, useRef } from 'preact/hooks';
import type { ReadyCard } from '../../lib/prep/load';
import { toRaiseWords } from '../../lib/to-raise';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The card as it opens by itself before a 1:1, on a tab people may be sharing in that very
 * meeting: who and when (the header), how much is to raise (the count the badge, the popup and
 * the reminder show), and nothing written. The prep shows on a click, or Enter / Space (the button
 * has focus when the card opens).
 */
export function FoldedCard({ card, toRaise, onReveal }: { card: ReadyCard; toRaise: number; onReveal: () => void }) {
  const show = useRef<HTMLButtonElement>(null);
  // The card takes focus when it opens: on its one control, so Enter or Space opens the prep.
  useEffect(() => show.current?.focus(), []);
  const promised = card.commitments.open.length;
  return (
    <section class="card-state folded-card" aria-label="Prep, folded">
      <p class="folded-counts">
        {toRaiseWords(toRaise)}
        {promised > 0 && ` · ${count(promised, 'open commitment', 'open commitments')}`}
      </p>
      <p class="muted">Folded because it opened by itself: your notes stay out of sight until you open them.</p>
      <button ref={show} type="button" class="primary" onClick={onReveal}>
        Show prep
      </button>
    </section>
  );
}
