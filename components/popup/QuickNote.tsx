import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { deleteRecentItem, fileQuickNote, type RecentItem } from '../../lib/db/recent';
import type { Person, QuickNoteKind } from '../../lib/model';
import {
  characterCount,
  parseQuickNote,
  QUICK_NOTE_MAX_CHARS,
  type QuickNoteProblem,
  quickNoteProblem,
} from '../../lib/quick-note/parse';
import { readDraft, saveDraft } from './draft';
import { KindPicker, kindForShortcut } from './KindPicker';

const KIND_WORDS: Record<QuickNoteKind, string> = { need: 'need', question: 'question', note: 'note' };
const count = (n: number) => n.toLocaleString('en');

type Feedback =
  | { tone: 'info' | 'error'; text: string }
  | { tone: 'filed'; text: string; item: RecentItem; typed: string }
  | null;

export interface QuickNoteProps {
  /** Everyone, managers first; null while still loading (the box works before they arrive). */
  people: Person[] | null;
  /** Called once the box has focus: the popup is ready to type. */
  onTyping?: () => void;
}

/**
 * Jot a need, a question or a note in seconds: Enter files it, Shift+Enter adds a line.
 * The box is drawn and focused before anything is read from the store.
 */
export function QuickNote({ people, onTyping }: QuickNoteProps) {
  const [text, setTextState] = useState('');
  /** What the box holds now, for saves that finish after the user typed on. */
  const latest = useRef('');
  /** Typing began in this popup: a draft read later must not replace or follow it. */
  const typedHere = useRef(false);
  const setText = (value: string) => {
    latest.current = value;
    setTextState(value);
  };
  const [kind, setKind] = useState<QuickNoteKind>('note');
  // null until the user picks someone: the default follows the people list as it loads.
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  /** Filings run one after another, so a second Enter while the first saves is never dropped. */
  const filing = useRef<Promise<void>>(Promise.resolve());
  /** Enter came before the people were read: file as soon as they are. */
  const fileWhenLoaded = useRef(false);

  useLayoutEffect(() => {
    box.current?.focus();
    onTyping?.();
  }, []);

  // Bring back what was typed before the popup last closed, unless typing has already begun.
  useEffect(() => {
    void readDraft().then((draft) => {
      if (draft && !typedHere.current) setText(draft);
    });
  }, []);

  // Alt+1/2/3 pick the kind from anywhere in the popup.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const picked = kindForShortcut(event);
      if (!picked) return;
      event.preventDefault();
      setKind(picked);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const everyone = people ?? [];
  const personId =
    pickedId !== null && (pickedId === '' || everyone.some((p) => p.id === pickedId))
      ? pickedId
      : (everyone[0]?.id ?? '');
  const parsed = parseQuickNote(text, { kind, personId }, everyone);
  const nameOf = (id: string) => everyone.find((person) => person.id === id)?.name;
  // Counted on what would be filed (without the prefix or mention), the same count the limit uses.
  const length = parsed.text.length > QUICK_NOTE_MAX_CHARS * 0.9 ? characterCount(parsed.text) : 0;

  function edit(value: string) {
    typedHere.current = true;
    setText(value);
    saveDraft(value);
    if (feedback?.tone !== 'filed') setFeedback(null);
  }

  async function file() {
    if (people === null) {
      // Who it is for depends on the people (the manager first, @name): wait for them, keep the text.
      fileWhenLoaded.current = true;
      setFeedback({ tone: 'info', text: 'Filing as soon as Upward has opened your data…' });
      return;
    }
    const problem = quickNoteProblem(parsed);
    if (problem) {
      setFeedback(describeProblem(problem, everyone.length > 0));
      return;
    }
    const typed = text;
    const note = parsed;
    // The box is free for the next thought at once; the draft keeps this one until it is saved.
    setText('');
    const save = async () => {
      try {
        const item = await fileQuickNote(note.kind, note.text, note.personId);
        const who = item.personId ? (nameOf(item.personId) ?? 'them') : 'nobody in particular';
        if (!latest.current.trim()) saveDraft('');
        setFeedback({ tone: 'filed', text: `Filed as a ${KIND_WORDS[item.kind]} for ${who}.`, item, typed });
      } catch (cause) {
        // Nothing typed is lost when a save fails: the text goes back in the box, before anything newer.
        const now = latest.current;
        const back = now.trim() ? `${typed}\n${now}` : typed;
        setText(back);
        saveDraft(back);
        setFeedback({ tone: 'error', text: `Not saved: ${cause instanceof Error ? cause.message : String(cause)}` });
      }
    };
    filing.current = filing.current.then(save);
    await filing.current;
  }

  // Runs once the people arrive, with this render's text and choices.
  useEffect(() => {
    if (people === null || !fileWhenLoaded.current) return;
    fileWhenLoaded.current = false;
    void file();
  }, [people]);

  async function undo(item: RecentItem, typed: string) {
    const word = KIND_WORDS[item.kind];
    try {
      const removed = await deleteRecentItem(item);
      const current = latest.current;
      if (!current.trim()) {
        setText(typed);
        saveDraft(typed);
      }
      setFeedback({
        tone: 'info',
        text: !removed
          ? `That ${word} was already gone.`
          : current.trim()
            ? `Undone: that ${word} is no longer filed.`
            : `Undone: that ${word} is no longer filed, and its text is back in the box.`,
      });
    } catch (cause) {
      setFeedback({ tone: 'error', text: `Could not undo: ${String(cause)}` });
    }
    box.current?.focus();
  }

  return (
    <form
      class="quick-note"
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
        dir="auto"
        rows={3}
        aria-describedby="quick-note-preview quick-note-hint"
        placeholder="A need, a question, something to remember…"
        onInput={(event) => edit(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            void file();
          }
        }}
      />
      {length > 0 && (
        <p class={length > QUICK_NOTE_MAX_CHARS ? 'counter over' : 'counter'}>
          {count(length)} / {count(QUICK_NOTE_MAX_CHARS)} characters
        </p>
      )}
      <p id="quick-note-preview" class="preview">
        {previewOf(parsed.kind, parsed.personId ? (nameOf(parsed.personId) ?? '…') : null)}
        {parsed.kindFrom === 'prefix' && <span class="muted"> (from the {parsed.kind === 'need' ? '!' : '?'})</span>}
        {parsed.unmatchedMention && <span class="muted"> · no one matches {parsed.unmatchedMention}</span>}
      </p>
      <div class="row kind-row">
        {/* The pickers show what will be filed: a leading ! or ? and an @name win over the picks. */}
        <KindPicker kind={parsed.kind} onPick={setKind} />
        <button type="submit" class="primary">
          Save
        </button>
      </div>
      <div class="row person-row">
        <label for="quick-note-person" class="for-label">
          For
        </label>
        <select
          id="quick-note-person"
          class="grow"
          value={parsed.personId}
          disabled={people === null}
          onChange={(event) => setPickedId(event.currentTarget.value)}
        >
          {people === null && <option value="">Loading…</option>}
          {everyone.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({person.relation})
            </option>
          ))}
          {people !== null && <option value="">Nobody in particular</option>}
        </select>
      </div>
      <p id="quick-note-hint" class="hint">
        <kbd>Enter</kbd> saves, <kbd>Shift+Enter</kbd> new line · start with <kbd>!</kbd> for a need, <kbd>?</kbd> for a
        question · <kbd>@name</kbd> for someone else · <kbd>Alt+1</kbd>–<kbd>3</kbd> pick the kind
      </p>
      {feedback?.tone === 'error' && <p role="alert">{feedback.text}</p>}
      <p role="status" class="feedback">
        {feedback && feedback.tone !== 'error' && feedback.text}
        {feedback?.tone === 'filed' && (
          <>
            {' '}
            <button type="button" class="link" onClick={() => void undo(feedback.item, feedback.typed)}>
              Undo
            </button>
          </>
        )}
      </p>
    </form>
  );
}

function previewOf(kind: QuickNoteKind, who: string | null): string {
  if (who === null)
    return kind === 'note' ? 'Files as a note for nobody in particular' : `Files as a ${kind}: pick who it is for`;
  return `Files as a ${KIND_WORDS[kind]} for ${who}`;
}

function describeProblem(problem: QuickNoteProblem, anyone: boolean): Exclude<Feedback, null> {
  switch (problem.kind) {
    case 'empty':
      return { tone: 'info', text: 'Nothing to file yet: type a need, a question or a note first.' };
    case 'too-long':
      return {
        tone: 'error',
        text: `Too long for one entry: ${count(problem.length)} characters, the limit is ${count(QUICK_NOTE_MAX_CHARS)}. Shorten or split it; your text stays in the box.`,
      };
    case 'needs-person':
      return {
        tone: 'error',
        text: anyone
          ? `A ${problem.what} belongs to someone: pick who it is for, or file it as a note.`
          : `A ${problem.what} belongs to someone: add your manager in settings first, or file it as a note.`,
      };
  }
}
