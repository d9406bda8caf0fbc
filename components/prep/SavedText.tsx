import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TEXT_MAX_CHARS } from '../../lib/model';
import { forgetUnsaved, noteUnsaved } from '../../lib/prep/unsaved';
import { useNoteSeal, useSaver } from './saving';

export interface SavedTextProps {
  /** Names the field for the save tracker: one in-flight write per field. */
  field: string;
  /** The stored value. Adopted whenever it changes, except while the user is typing here. */
  value: string;
  save: (text: string) => Promise<unknown>;
  /** For answers: the meeting, so a value replayed after a close mid-write lands in the right one. */
  meetingId?: string;
  /** Says why a value cannot be saved (e.g. a need with no words); the last saved one is kept. */
  refuse?: (text: string) => string | undefined;
  /** One line: Enter does not add a line break (it still types in IMEs). */
  singleLine?: boolean;
  id?: string;
  class?: string;
  label?: string;
  placeholder?: string;
  describedBy?: string;
  onKeyDown?: (event: JSX.TargetedKeyboardEvent<HTMLTextAreaElement>) => void;
  /** Edit on demand: the box appears focused, caret at the end, and says when the user leaves it. */
  autoFocus?: boolean;
  onLeave?: () => void;
}

/** What a backup could not take back is never saved (lib/model.ts, TEXT_MAX_CHARS). */
function tooLong(text: string): string | undefined {
  if (text.length <= TEXT_MAX_CHARS) return undefined;
  return `Too long to save: ${text.length.toLocaleString('en')} characters, at most ${TEXT_MAX_CHARS.toLocaleString('en')}. The last words saved are kept.`;
}

/**
 * A text box that saves on every keystroke. While it has focus it shows only what
 * the user typed: a re-read from the change feed (which may carry an older value
 * still on its way to disk) never replaces text under the cursor.
 */
export function SavedText(props: SavedTextProps) {
  const saver = useSaver();
  const seal = useNoteSeal();
  const [text, setText] = useState(props.value);
  const [problem, setProblem] = useState<string>();
  const focused = useRef(false);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!focused.current) setText(props.value);
  }, [props.value]);

  useEffect(() => {
    const element = box.current;
    if (!props.autoFocus || !element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const problemId = props.id ? `${props.id}-problem` : undefined;
  const describedBy = [props.describedBy, problem ? problemId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <>
      <textarea
        ref={box}
        id={props.id}
        // Every text the user writes runs in its own direction: a Hebrew need reads right to left.
        dir="auto"
        class={props.class}
        aria-label={props.label}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        placeholder={props.placeholder}
        rows={1}
        value={text}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          // A refused value (say, all words deleted) goes back to the last one saved.
          if (problem) {
            setProblem(undefined);
            setText(props.value);
          }
          props.onLeave?.();
        }}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          const refused = tooLong(next) ?? props.refuse?.(next);
          setProblem(refused);
          if (refused) return;
          // Noted as well: if the background goes away before writing it (an extension update),
          // it writes the note when it starts again (lib/prep/unsaved.ts).
          const area = browser.storage.local;
          const entry = { value: next, at: Date.now(), meetingId: props.meetingId };
          const noted = seal.then((sealer) => sealer && noteUnsaved(area, props.field, entry, sealer));
          void saver
            .save(props.field, () => props.save(next))
            .then(async (saved) => {
              const key = await noted;
              if (saved && key) forgetUnsaved(area, key);
            });
        }}
        onKeyDown={(event) => {
          if (props.singleLine && event.key === 'Enter' && !event.isComposing) event.preventDefault();
          props.onKeyDown?.(event);
        }}
      />
      {problem && (
        <span id={problemId} class="field-problem">
          {problem}
        </span>
      )}
    </>
  );
}
