import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { cleanText } from '../../lib/db/store';
import { type Meeting, NEED_STATUSES, type Need, type NeedStatus, type Question } from '../../lib/model';
import { waitedLabel } from '../../lib/prep/waited';
import type { CardActions } from './actions';
import { useCardStore } from './card-store';
import { Menu, type MenuItem } from './Menu';
import { SavedText } from './SavedText';
import { useSaver } from './saving';
import { NEED_STATUS_LABEL, needChip, questionChip } from './words';

export type Row = { kind: 'need'; need: Need } | { kind: 'question'; question: Question };

interface Props {
  row: Row;
  meeting: Meeting;
  /** 1:1s it has sat through (to-raise items only). */
  waited?: number;
  /** For a need in "To raise": the needs it may jump over (same wait), in the order shown. */
  movable?: readonly string[];
  actions: CardActions;
}

/** Where focus goes when an item leaves its list (re-filed, deleted): the next item, else the add box. */
const FALLBACK = ['.raise-list .item-text[tabindex="0"]', '.raise-list .item-text', '#add-to-raise'];

/**
 * One need or question: plain text with a small chip until clicked or Enter (then a text box that
 * saves as you type; Enter, Esc or leaving it goes back to text), and one "⋯" for the rest.
 * Keys on the item: Enter edits, → reaches its ⋯ (Shift+F10 opens it), Alt+↑/↓ moves a need,
 * Delete deletes (Undo follows).
 */
export function ItemRow({ row, meeting, waited = 0, movable, actions }: Props) {
  const cardStore = useCardStore();
  const saver = useSaver();
  const [editing, setEditing] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const need = row.kind === 'need' ? row.need : undefined;
  const question = row.kind === 'question' ? row.question : undefined;
  const id = need?.id ?? question?.id ?? '';
  const text = need?.text ?? question?.text ?? '';
  const here = `[data-item="${id}"]`;
  const metaId = `meta-${id}`;
  const word = need ? 'need' : 'question';

  const refocus = (...selectors: string[]) => actions.focusAfter(...selectors, `${here} .item-text`, ...FALLBACK);

  const at = movable?.indexOf(id) ?? -1;
  const canMove = { up: at > 0, down: at >= 0 && at < (movable?.length ?? 0) - 1 };
  const move = (direction: 'up' | 'down') => {
    if (!need || !movable || !canMove[direction]) return;
    refocus();
    void saver.save(`need:${need.id}:order`, () => cardStore.call('needs.move', need.id, direction, movable));
  };
  const setStatus = (status: NeedStatus) => {
    if (!need) return;
    refocus();
    void saver.save(`need:${need.id}:status`, () => cardStore.call('needs.setStatus', need.id, status, meeting.id));
  };
  const remove = () => {
    actions.focusAfter(...FALLBACK);
    if (need)
      void actions.deleteWithUndo(
        'Need deleted.',
        () => cardStore.call('needs.delete', need.id),
        () => cardStore.call('needs.put', need),
      );
    else if (question)
      void actions.deleteWithUndo(
        'Question deleted.',
        () => cardStore.call('questions.delete', question.id),
        () => cardStore.call('questions.put', question),
      );
  };

  const items: MenuItem[] = [];
  if (need) {
    for (const status of NEED_STATUSES)
      items.push({
        label: NEED_STATUS_LABEL[status],
        checked: need.status === status,
        onSelect: () => setStatus(status),
      });
    if (movable) {
      items.push(
        { label: 'Move up', keys: 'Alt+ArrowUp', disabled: !canMove.up, onSelect: () => move('up') },
        { label: 'Move down', keys: 'Alt+ArrowDown', disabled: !canMove.down, onSelect: () => move('down') },
      );
    }
  }
  if (question?.status === 'open') {
    items.push({
      label: 'Mark asked',
      onSelect: () => {
        // It moves to "Asked in this 1:1", where its answer box waits.
        actions.focusAfter(`${here} .answer`, ...FALLBACK);
        void saver.save(`question:${question.id}:status`, () =>
          cardStore.call('questions.markAsked', question.id, meeting.id),
        );
      },
    });
  } else if (question && !question.answer?.trim()) {
    items.push({
      label: 'Not asked yet',
      onSelect: () => {
        refocus();
        void saver.save(`question:${question.id}:status`, () => cardStore.call('questions.reopen', question.id));
      },
    });
  }
  items.push(
    { label: 'Edit', keys: 'Enter', onSelect: () => setEditing(true) },
    { label: `Delete ${word}`, keys: 'Delete', danger: true, onSelect: remove },
  );

  const onItemKey = (event: JSX.TargetedKeyboardEvent<HTMLSpanElement>) => {
    if ((event.key === 'Enter' || event.key === ' ') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      setEditing(true);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(event.key === 'ArrowUp' ? 'up' : 'down');
    } else if (event.key === 'Delete') {
      event.preventDefault();
      remove();
    } else if (event.key === 'ArrowRight' || event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      event.preventDefault();
      const trigger = event.currentTarget.closest('li')?.querySelector<HTMLButtonElement>('.more');
      trigger?.focus();
      if (event.key !== 'ArrowRight') setMenuOpen(true);
    }
  };

  const waitedWords =
    need && need.status !== 'met' && need.status !== 'dropped'
      ? waitedLabel(waited)
      : question?.status === 'open'
        ? waitedLabel(waited)
        : '';
  const chip = need ? needChip(need.status) : question ? questionChip(question.kind, question.status) : '';
  const resolved = need?.status === 'met' || need?.status === 'dropped';

  return (
    <li
      data-item={id}
      data-need={need?.id}
      data-question={question?.id}
      class={`item ${word}${resolved ? ' resolved' : ''}`}
    >
      <div class="item-line">
        <div class="item-body">
          {editing ? (
            <SavedText
              id={`${word}-${id}`}
              class="item-edit"
              label={need ? 'Need' : 'Question'}
              field={`${word}:${id}:text`}
              value={text}
              singleLine
              autoFocus
              describedBy={metaId}
              save={(next) =>
                need ? cardStore.call('needs.setText', id, next) : cardStore.call('questions.setText', id, next)
              }
              refuse={(next) => (cleanText(next) ? undefined : `A ${word} needs some words. Its last words are kept.`)}
              onLeave={() => setEditing(false)}
              onKeyDown={(event) => {
                if ((event.key === 'Enter' && !event.isComposing) || event.key === 'Escape') {
                  // Handled: Esc here ends the edit, it does not close the card.
                  event.preventDefault();
                  refocus();
                  setEditing(false);
                } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
                  event.preventDefault();
                  actions.focusAfter(`${here} textarea`);
                  move(event.key === 'ArrowUp' ? 'up' : 'down');
                }
              }}
            />
          ) : (
            // A span with the button role, not a <button>: a button is always a box, and the chip
            // could not then follow the last line of the text.
            // biome-ignore lint/a11y/useSemanticElements: see above; it has the button's role, focus and keys.
            <span
              role="button"
              tabIndex={0}
              class="item-text"
              dir="auto"
              aria-describedby={metaId}
              aria-keyshortcuts="Enter Delete Shift+F10"
              onClick={() => setEditing(true)}
              onKeyDown={onItemKey}
            >
              {text}
            </span>
          )}{' '}
          <span class="item-meta" id={metaId}>
            <span class="chip">{chip}</span>
            {waitedWords && <span class="waited">{waitedWords}</span>}
          </span>
        </div>
        <Menu
          id={`menu-${id}`}
          label={`More for: ${text.length > 40 ? `${text.slice(0, 39)}…` : text}`}
          items={items}
          open={menuOpen}
          onOpenChange={setMenuOpen}
          triggerTabIndex={-1}
        />
      </div>
      {question && question.status !== 'open' && (
        <SavedText
          id={`answer-${question.id}`}
          class="answer"
          label="Answer"
          placeholder="Their answer…"
          field={`question:${question.id}:answer`}
          meetingId={meeting.id}
          value={question.answer ?? ''}
          save={(answer) => cardStore.call('questions.answer', question.id, answer, { meetingId: meeting.id })}
        />
      )}
    </li>
  );
}
