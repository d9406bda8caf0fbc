import { useState } from 'preact/hooks';
import { isOverdue } from '../../lib/commitments/order';
import { cleanText } from '../../lib/db/store';
import type { Commitment, CommitmentOwner, Meeting, Person } from '../../lib/model';
import { firstName } from '../../lib/prep/relation-words';
import { wallTimeToMs } from '../../lib/wall-time';
import { localDay, shortDate } from '../../lib/when';
import { AddBox } from './AddBox';
import type { CardActions } from './actions';
import { useCardStore } from './card-store';
import { SavedText } from './SavedText';
import { useSaver } from './saving';

interface Props {
  meeting: Meeting;
  person: Person;
  open: Commitment[];
  closedHere: Commitment[];
  now: number;
  actions: CardActions;
}

/**
 * Promises both ways, open until closed: what you owe them and what they owe you, overdue first.
 * The card shows it in its "Commitments" fold (the brief lists the first few under Last time).
 */
export function CommitmentsSection({ meeting, person, open, closedHere, now, actions }: Props) {
  const cardStore = useCardStore();
  const first = firstName(person.name);
  const [owner, setOwner] = useState<CommitmentOwner>('me');
  const [due, setDue] = useState('');
  const today = localDay(now);
  return (
    <>
      {open.length === 0 ? (
        <p class="empty-nudge">
          Nothing promised either way. Note what you owe <bdi>{first}</bdi> and what <bdi>{first}</bdi> owes you, so
          neither gets lost.
        </p>
      ) : (
        <ul class="items commitments-list" aria-label="Open commitments">
          {open.map((commitment) => (
            <CommitmentItem
              key={commitment.id}
              commitment={commitment}
              meeting={meeting}
              first={first}
              today={today}
              now={now}
              actions={actions}
            />
          ))}
        </ul>
      )}
      <AddBox
        label="Add a commitment"
        buttonLabel="Add commitment"
        placeholder="Send the design doc… (Enter adds it)"
        add={async (text) => {
          await cardStore.call('commitments.add', {
            personId: person.id,
            text,
            owner,
            due: due || undefined,
            meetingId: meeting.id,
          });
          setDue('');
        }}
        emptyMessage="Type the commitment first: an empty one is not added."
      >
        <select
          aria-label="Who owes it"
          value={owner}
          onChange={(event) => setOwner(event.currentTarget.value as CommitmentOwner)}
        >
          <option value="me">I owe</option>
          <option value="them">{first} owes</option>
        </select>
        <input
          type="date"
          class="due"
          aria-label="Due (optional)"
          value={due}
          onInput={(event) => setDue(event.currentTarget.value)}
        />
      </AddBox>
      {closedHere.length > 0 && (
        <details class="done">
          <summary>Closed in this 1:1 ({closedHere.length})</summary>
          <ul class="items" aria-label="Closed commitments">
            {closedHere.map((commitment) => (
              <li key={commitment.id} class="item commitment" data-commitment={commitment.id}>
                <div class="question-head">
                  <span class="chip">
                    {commitment.owner === 'me' ? 'You owe' : <bdi>{first}</bdi>}
                    {commitment.owner === 'me' ? '' : ' owes'}
                  </span>
                  <span class="state">{commitment.status === 'done' ? 'Done' : 'Dropped'}</span>
                </div>
                <p class="commitment-closed" dir="auto">
                  {commitment.text}
                </p>
                <button
                  type="button"
                  onClick={() => void cardStore.call('commitments.setStatus', commitment.id, 'open', meeting.id)}
                >
                  Reopen
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

interface ItemProps {
  commitment: Commitment;
  meeting: Meeting;
  first: string;
  today: string;
  now: number;
  actions: CardActions;
}

function CommitmentItem({ commitment, meeting, first, today, now, actions }: ItemProps) {
  const cardStore = useCardStore();
  const saver = useSaver();
  const overdue = isOverdue(commitment, today);
  const dueMs = wallTimeToMs(commitment.due);
  const here = `[data-commitment="${commitment.id}"]`;
  const close = (status: 'done' | 'dropped') => {
    actions.focusAfter('.commitments-list .commitment-text', '[aria-label="Add a commitment"]');
    void saver.save(`commitment:${commitment.id}:status`, () =>
      cardStore.call('commitments.setStatus', commitment.id, status, meeting.id),
    );
  };
  return (
    <li data-commitment={commitment.id} class={`item commitment${overdue ? ' commitment--overdue' : ''}`}>
      <div class="question-head">
        <span class="chip">
          {commitment.owner === 'me' ? 'You owe' : <bdi>{first}</bdi>}
          {commitment.owner === 'me' ? '' : ' owes'}
        </span>
        {overdue && <span class="chip chip--late">Overdue</span>}
        {dueMs !== null && <span class="state">due {shortDate(dueMs, now)}</span>}
      </div>
      <SavedText
        id={`commitment-${commitment.id}`}
        class="commitment-text"
        label="Commitment"
        field={`commitment:${commitment.id}:text`}
        value={commitment.text}
        singleLine
        save={(text) => cardStore.call('commitments.setText', commitment.id, text)}
        refuse={(text) => (cleanText(text) ? undefined : 'A commitment needs some words. Its last words are kept.')}
      />
      <div class="item-tools">
        <button type="button" onClick={() => close('done')}>
          Done
        </button>
        <button type="button" onClick={() => close('dropped')}>
          Drop
        </button>
        <input
          type="date"
          class="due"
          aria-label="Due"
          value={commitment.due ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            void saver.save(`commitment:${commitment.id}:due`, () =>
              cardStore.call('commitments.setDue', commitment.id, value),
            );
          }}
        />
        <span class="spacer" />
        <button
          type="button"
          class="icon danger"
          aria-label="Delete commitment"
          title="Delete commitment"
          onClick={() => {
            actions.focusAfter(`${here} + li .commitment-text`, '[aria-label="Add a commitment"]');
            void actions.deleteWithUndo(
              'Commitment deleted.',
              () => cardStore.call('commitments.delete', commitment.id),
              () => cardStore.call('commitments.put', commitment),
            );
          }}
        >
          ×
        </button>
      </div>
    </li>
  );
}
