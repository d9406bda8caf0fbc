import { useState } from 'preact/hooks';
import { cleanText } from '../../lib/db/store';
import type { Meeting, Need, NeedStatus, Person } from '../../lib/model';
import { waitedLabel } from '../../lib/prep/waited';
import { AddBox } from './AddBox';
import type { CardActions } from './actions';
import { useCardStore } from './card-store';
import { SavedText } from './SavedText';
import { useSaver } from './saving';

const STATUS_LABEL: Record<NeedStatus, string> = { open: 'Open', raised: 'Raised', met: 'Met', dropped: 'Dropped' };

interface Props {
  meeting: Meeting;
  person: Person;
  active: Need[];
  done: Need[];
  /** How many 1:1s each need has waited (counted by the store). */
  waited: Record<string, number>;
  actions: CardActions;
}

/** Practice 1: what the user needs from this person, tracked open → raised → met. */
export function NeedsSection({ meeting, person, active, done, waited, actions }: Props) {
  const cardStore = useCardStore();
  const saver = useSaver();
  const visible = active.map((need) => need.id);
  const first = person.name.split(' ')[0] || person.name;

  const move = (need: Need, direction: 'up' | 'down', keepFocusOn: string) => {
    const here = `[data-need="${need.id}"]`;
    // At the top "Move up" is disabled: the other arrow (then the text) takes focus.
    actions.focusAfter(`${here} ${keepFocusOn}`, `${here} .move-up`, `${here} .move-down`, `${here} .need-text`);
    void saver.save(`need:${need.id}:order`, () => cardStore.call('needs.move', need.id, direction, visible));
  };

  return (
    <section aria-labelledby="needs-title" class="card-section">
      <h2 id="needs-title">What you need from {first}</h2>
      {active.length === 0 ? (
        <p class="empty-nudge">
          What do you need from {first} to do your best work? Write down about three, honestly, including the
          uncomfortable ones, like wanting to be told when {first} is disappointed in your work.
        </p>
      ) : (
        <ul class="items" aria-label="Needs">
          {active.map((need, index) => (
            <NeedItem
              key={need.id}
              need={need}
              meeting={meeting}
              waited={waitedLabel(waited[need.id] ?? 0)}
              canMoveUp={index > 0}
              canMoveDown={index < active.length - 1}
              onMove={move}
              actions={actions}
            />
          ))}
        </ul>
      )}
      {active.length > 0 && active.length < 3 && (
        <p class="hint">Aim for about three. The one you hesitate to write is often the one that matters.</p>
      )}
      {active.length > 5 && <p class="hint">That is a lot for one 1:1: move the three that matter most to the top.</p>}
      <AddBox
        label="Add a need"
        buttonLabel="Add need"
        placeholder="I need… (Enter adds it)"
        add={(text) => cardStore.call('needs.add', person.id, text)}
        emptyMessage="Type the need first: an empty need is not added."
      />
      {done.length > 0 && (
        <details class="done">
          <summary>Done ({done.length})</summary>
          <ul class="items" aria-label="Done needs">
            {done.map((need) => (
              <NeedItem key={need.id} need={need} meeting={meeting} waited="" onMove={move} actions={actions} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

interface ItemProps {
  need: Need;
  meeting: Meeting;
  waited: string;
  canMoveUp?: boolean;
  canMoveDown?: boolean;
  onMove: (need: Need, direction: 'up' | 'down', keepFocusOn: string) => void;
  actions: CardActions;
}

function NeedItem({ need, meeting, waited, canMoveUp, canMoveDown, onMove, actions }: ItemProps) {
  const cardStore = useCardStore();
  const saver = useSaver();
  const [status, setStatus] = useState(need.status);
  const [seen, setSeen] = useState(need.status);
  // Follow the stored status (changed here or on another page) without losing an optimistic pick.
  if (need.status !== seen) {
    setSeen(need.status);
    setStatus(need.status);
  }
  const movable = canMoveUp !== undefined;
  const waitedId = `need-${need.id}-waited`;

  return (
    <li data-need={need.id} class={`item need need--${need.status}`}>
      <SavedText
        id={`need-${need.id}`}
        class="need-text"
        label="Need"
        field={`need:${need.id}:text`}
        value={need.text}
        singleLine
        describedBy={waited ? waitedId : undefined}
        save={(text) => cardStore.call('needs.setText', need.id, text)}
        refuse={(text) => (cleanText(text) ? undefined : 'A need needs some words. Its last words are kept.')}
        onKeyDown={(event) => {
          if (!movable || !event.altKey) return;
          if (event.key === 'ArrowUp' && canMoveUp) {
            event.preventDefault();
            onMove(need, 'up', '.need-text');
          } else if (event.key === 'ArrowDown' && canMoveDown) {
            event.preventDefault();
            onMove(need, 'down', '.need-text');
          }
        }}
      />
      <div class="item-tools">
        <select
          aria-label="Status"
          class="status"
          value={status}
          onChange={(event) => {
            const next = event.currentTarget.value as NeedStatus;
            setStatus(next);
            // Met and dropped needs move to (and open needs leave) the Done list: keep focus on this need.
            actions.focusAfter(`[data-need="${need.id}"] select`, 'details.done > summary', '#needs-title + *');
            void saver.save(`need:${need.id}:status`, () =>
              cardStore.call('needs.setStatus', need.id, next, meeting.id),
            );
          }}
        >
          {(Object.keys(STATUS_LABEL) as NeedStatus[]).map((value) => (
            <option key={value} value={value}>
              {STATUS_LABEL[value]}
            </option>
          ))}
        </select>
        {waited && (
          <span id={waitedId} class="waited">
            {waited}
          </span>
        )}
        <span class="spacer" />
        {movable && (
          <>
            <button
              type="button"
              class="icon move-up"
              aria-label="Move up"
              title="Move up (Alt+↑ in the text)"
              disabled={!canMoveUp}
              onClick={() => onMove(need, 'up', '.move-up')}
            >
              ↑
            </button>
            <button
              type="button"
              class="icon move-down"
              aria-label="Move down"
              title="Move down (Alt+↓ in the text)"
              disabled={!canMoveDown}
              onClick={() => onMove(need, 'down', '.move-down')}
            >
              ↓
            </button>
          </>
        )}
        <button
          type="button"
          class="icon danger"
          aria-label="Delete need"
          title="Delete need"
          onClick={() => {
            actions.focusAfter('#needs-title + * .need-text', '[aria-label="Add a need"]');
            void actions.deleteWithUndo(
              'Need deleted.',
              () => cardStore.call('needs.delete', need.id),
              () => cardStore.call('needs.put', need),
            );
          }}
        >
          ×
        </button>
      </div>
    </li>
  );
}
