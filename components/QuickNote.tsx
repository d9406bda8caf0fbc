import { useEffect, useRef, useState } from 'preact/hooks';
import { notes } from '../lib/db';
import type { Person } from '../lib/model';

/** Jot a note in seconds: Enter files it, Shift+Enter adds a line. */
export function QuickNote({ people }: { people: Person[] }) {
  const [text, setText] = useState('');
  const [personId, setPersonId] = useState(people[0]?.id ?? '');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

  // The popup exists to jot something down: it opens ready to type.
  useEffect(() => box.current?.focus(), []);

  async function file() {
    if (!text.trim()) {
      setError('Type something first: an empty note is not saved.');
      return;
    }
    setError('');
    try {
      await notes.add({ text, personId: personId || undefined });
      setText('');
      setStatus('Saved.');
    } catch (cause) {
      // Keep the text in the box: nothing typed is lost when a save fails.
      setError(`Not saved: ${String(cause)}`);
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void file();
      }}
    >
      <label for="quick-note">Quick note</label>
      <textarea
        id="quick-note"
        ref={box}
        value={text}
        maxLength={100_000}
        placeholder="A need, a question, something to remember…"
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            void file();
          }
        }}
      />
      <div class="row">
        <label for="quick-note-person" class="sr-only">
          For
        </label>
        <select
          id="quick-note-person"
          class="grow"
          value={personId}
          onChange={(event) => setPersonId(event.currentTarget.value)}
        >
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.relation})
            </option>
          ))}
          <option value="">Nobody in particular</option>
        </select>
        <button type="submit" class="primary">
          Save
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      <p role="status">{status}</p>
    </form>
  );
}
