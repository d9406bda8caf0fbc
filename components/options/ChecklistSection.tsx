import { useEffect, useRef, useState } from 'preact/hooks';
import { checklist } from '../../lib/db';
import type { ChecklistItem } from '../../lib/model';
import { UndoBar } from '../shared/UndoBar';
import { useLive } from '../shared/useLive';
import { Section } from './Section';
import { useSaved } from './useSaved';

type Undo = { kind: 'removed'; item: ChecklistItem } | { kind: 'restored'; before: ChecklistItem[] };

/** The empathy checklist every prep card shows: wording, order, on/off, and the built-in list. */
export function ChecklistSection() {
  const items = useLive(() => checklist.ordered(), ['checklist']);
  const [note, flash] = useSaved();
  const [undo, setUndo] = useState<Undo | null>(null);
  const [refocus, setRefocus] = useState<string | null>(null);

  // Moving an item moves its row; keep keyboard focus on the button the user pressed.
  useEffect(() => {
    if (!refocus) return;
    const [id, direction] = refocus.split('|');
    const target =
      document.getElementById(`move-${direction}-${id}`) ??
      document.getElementById(`move-${direction === 'up' ? 'down' : 'up'}-${id}`);
    if (target && !(target as HTMLButtonElement).disabled) target.focus();
    setRefocus(null);
  }, [items]);

  const act = async (work: Promise<unknown>) => {
    await work;
    flash();
  };
  const list = items.status === 'ready' ? items.value : [];

  return (
    <Section
      id="checklist"
      title="Empathy checklist"
      note={note}
      intro="A few reminders that your manager is a person too, ticked off on each prep card. Switched-off items stay here but leave the card."
    >
      {items.status === 'ready' && list.length === 0 && (
        <p class="empty">The checklist is empty. Add an item below, or restore the suggested ones.</p>
      )}
      {list.length > 0 && (
        <ol class="plain checklist-editor" aria-label="Checklist items">
          {list.map((item, index) => (
            <li key={item.id} class="row">
              <input
                type="checkbox"
                checked={item.enabled}
                aria-label={`Show on the prep card: ${item.text}`}
                onChange={(event) => void act(checklist.setEnabled(item.id, event.currentTarget.checked))}
              />
              <ItemText item={item} position={index + 1} onSaved={flash} />
              <span class="row tight">
                <button
                  type="button"
                  id={`move-up-${item.id}`}
                  title="Move up"
                  disabled={index === 0}
                  onClick={() => {
                    setRefocus(`${item.id}|up`);
                    void act(checklist.move(item.id, 'up'));
                  }}
                >
                  <span aria-hidden="true">↑</span>
                  <span class="sr-only">Move up</span>
                </button>
                <button
                  type="button"
                  id={`move-down-${item.id}`}
                  title="Move down"
                  disabled={index === list.length - 1}
                  onClick={() => {
                    setRefocus(`${item.id}|down`);
                    void act(checklist.move(item.id, 'down'));
                  }}
                >
                  <span aria-hidden="true">↓</span>
                  <span class="sr-only">Move down</span>
                </button>
                <button
                  type="button"
                  class="danger"
                  onClick={() =>
                    void checklist
                      .remove(item.id)
                      .then((removed) => removed && setUndo({ kind: 'removed', item: removed }))
                  }
                >
                  Remove<span class="sr-only"> item {index + 1}</span>
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {undo && (
        <UndoBar
          removal={undo}
          onUndo={() => {
            void (undo.kind === 'removed' ? checklist.put(undo.item) : checklist.replaceAll(undo.before));
            setUndo(null);
          }}
          onExpire={() => setUndo(null)}
        >
          {undo.kind === 'removed' ? `Removed “${undo.item.text}”.` : 'Restored the suggested checklist.'}
        </UndoBar>
      )}
      <AddItem onAdded={flash} />
      <p>
        <button
          type="button"
          onClick={() => {
            const before = list;
            void checklist.restoreDefaults().then(() => setUndo({ kind: 'restored', before }));
          }}
        >
          Restore defaults
        </button>
      </p>
    </Section>
  );
}

/** An item's wording, edited in place: saved on Enter or leaving the box; empty puts the old text back. */
function ItemText(props: { item: ChecklistItem; position: number; onSaved: () => void }) {
  const [draft, setDraft] = useState(props.item.text);
  const [error, setError] = useState('');
  const lastText = useRef(props.item.text);
  useEffect(() => {
    // New wording from elsewhere (another page, Undo) replaces the box; the first render already has it.
    if (lastText.current === props.item.text) return;
    lastText.current = props.item.text;
    setDraft(props.item.text);
  }, [props.item.text]);
  const errorId = `item-error-${props.item.id}`;
  // Reads the box itself: Enter and change can come before this component re-renders with the draft.
  const commit = (typed: string) => {
    if (!typed.trim()) {
      setDraft(props.item.text);
      setError('An item needs some words: kept the old wording. Use Remove to delete it.');
      return;
    }
    setError('');
    if (typed.trim() !== props.item.text) void checklist.setText(props.item.id, typed).then(props.onSaved);
  };
  return (
    <span class="grow">
      <input
        type="text"
        dir="auto"
        aria-label={`Checklist item ${props.position}`}
        value={draft}
        maxLength={500}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
          if (event.key === 'Escape') setDraft(props.item.text);
        }}
      />
      {error && (
        <span id={errorId} role="alert" class="field-error">
          {error}
        </span>
      )}
    </span>
  );
}

function AddItem(props: { onAdded: () => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      class="add-item"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) {
          setError('Type the item first.');
          return;
        }
        setError('');
        void checklist.add(text).then(() => {
          setText('');
          props.onAdded();
        });
      }}
    >
      <label for="new-checklist-item">New checklist item</label>
      <span class="row">
        <input
          id="new-checklist-item"
          type="text"
          dir="auto"
          class="grow"
          maxLength={500}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit">Add item</button>
      </span>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
