import type { ComponentChildren } from 'preact';

/** One settings section: a landmark the in-page nav links to, with its heading and its saved note. */
export function Section(props: {
  id: string;
  title: string;
  intro?: string;
  note?: string;
  children: ComponentChildren;
}) {
  const headingId = `${props.id}-heading`;
  return (
    <section id={props.id} aria-labelledby={headingId} class="settings-section">
      <div class="section-head">
        <h2 id={headingId}>{props.title}</h2>
        {props.note !== undefined && (
          <span role="status" class="saved-note">
            {props.note}
          </span>
        )}
      </div>
      {props.intro && <p class="muted">{props.intro}</p>}
      {props.children}
    </section>
  );
}
