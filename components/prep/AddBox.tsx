import { useState } from 'preact/hooks';

interface Props {
  /** The box's id, for keys and focus that go to it (Alt+A). */
  id?: string;
  label: string;
  /** The button's name, distinct from the box's so each is found by its own name. */
  buttonLabel: string;
  placeholder: string;
  /** Adds the item; a rejection keeps the text in the box and shows why. */
  add: (text: string) => Promise<unknown>;
  emptyMessage: string;
  /** Extra controls beside the box (a question's kind). */
  children?: preact.ComponentChildren;
  keyShortcuts?: string;
}

/** A one-line box that adds an item on Enter (or its button) and clears only once it is saved. */
export function AddBox({ id, label, buttonLabel, placeholder, add, emptyMessage, children, keyShortcuts }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');

  async function submit() {
    if (!text.trim()) {
      setProblem(emptyMessage);
      return;
    }
    try {
      await add(text);
      setText('');
      setProblem('');
    } catch (cause) {
      setProblem(`Not added: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  }

  return (
    <form
      class="add-box"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div class="row">
        <input
          id={id}
          aria-keyshortcuts={keyShortcuts}
          type="text"
          class="grow"
          dir="auto"
          aria-label={label}
          placeholder={placeholder}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            if (problem) setProblem('');
          }}
        />
        {children}
        <button type="submit" aria-label={buttonLabel}>
          Add
        </button>
      </div>
      {problem && (
        <p class="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
