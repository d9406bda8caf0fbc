import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: ComponentChildren;
  /** What the fold holds, counted ("2 open", "5"): never a completion meter. */
  count?: string;
  /** Open from the start (the tab version shows its context unfolded). */
  open?: boolean;
  children: ComponentChildren;
}

/** A tool below the brief: folded, with a count, one click or Enter away. */
export function Fold({ id, title, count, open, children }: Props) {
  return (
    <section class="card-section fold-section" aria-labelledby={`${id}-title`}>
      <details class="fold" open={open}>
        <summary>
          <h2 id={`${id}-title`}>{title}</h2>
          {count && <span class="count summary-note">{count}</span>}
        </summary>
        <div class="fold-body">{children}</div>
      </details>
    </section>
  );
}
