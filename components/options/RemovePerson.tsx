import { useEffect, useRef, useState } from 'preact/hooks';
import type { PersonData } from '../../lib/db/people-admin';
import type { Person } from '../../lib/model';
import { downloadBackup } from '../shared/download';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 needs, 1 question and 3 quick notes": only what there is. */
export function dataSentence(data: PersonData): string {
  const parts = [
    data.needs && count(data.needs, 'need', 'needs'),
    data.questions && count(data.questions, 'question', 'questions'),
    data.notes && count(data.notes, 'quick note', 'quick notes'),
    data.meetings && count(data.meetings, 'meeting with its notes and ticks', 'meetings with their notes and ticks'),
    data.commitments && count(data.commitments, 'commitment', 'commitments'),
  ].filter(Boolean) as string[];
  const last = parts.pop() ?? 'nothing else';
  return parts.length ? `${parts.join(', ')} and ${last}` : last;
}

/**
 * Asks before a person with data goes: says exactly what goes with them, and offers
 * a backup right here. Focus starts on the question; Escape or Cancel keeps everything.
 */
export function RemovePersonConfirm(props: {
  person: Person;
  data: PersonData;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [exported, setExported] = useState('');
  useEffect(() => heading.current?.focus(), []);
  const headingId = `remove-${props.person.id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      class="confirm-remove"
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <h3 id={headingId} tabIndex={-1} ref={heading}>
        Remove {props.person.name}?
      </h3>
      <p>
        This also removes {dataSentence(props.data)} filed under {props.person.name}. You can undo it right after, but
        once you leave this page it is gone for good. Export a backup first if you might want them back later.
      </p>
      <p class="row wrap">
        <button
          type="button"
          onClick={() =>
            void downloadBackup().then(
              (name) => setExported(`Saved ${name} to your downloads.`),
              (error: Error) => setExported(error.message),
            )
          }
        >
          Export backup
        </button>
        <button type="button" class="danger" onClick={props.onConfirm}>
          Remove {props.person.name} and their data
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </p>
      {exported && (
        <p role="status" class="ok-note">
          {exported}
        </p>
      )}
    </section>
  );
}
