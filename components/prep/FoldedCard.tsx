import { useEffect, useRef } from 'preact/hooks';
import type { ReadyCard } from '../../lib/prep/load';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The card as it opens by itself before a 1:1, on a tab people may be sharing in that very
 * meeting: who and when (the header), how much is open, and nothing written. The prep shows on
 * a click, or Enter / Space (the button has focus when the card opens).
 */
export function FoldedCard({ card, onReveal }: { card: ReadyCard; onReveal: () => void }) {
  const show = useRef<HTMLButtonElement>(null);
  // The card takes focus when it opens: on its one control, so Enter or Space opens the prep.
  useEffect(() => show.current?.focus(), []);
  const questions = card.questions.filter((question) => question.status === 'open').length;
  return (
    <section class="card-state folded-card" aria-label="Prep, folded">
      <p>
        {count(card.needs.active.length, 'open need', 'open needs')} ·{' '}
        {count(questions, 'open question', 'open questions')} ·{' '}
        {count(card.commitments.open.length, 'open commitment', 'open commitments')}
      </p>
      <p class="muted">Folded because it opened by itself: your notes stay out of sight until you open them.</p>
      <button ref={show} type="button" class="primary" onClick={onReveal}>
        Show prep
      </button>
    </section>
  );
}
