import { useEffect, useRef, useState } from 'preact/hooks';
import type { Parsed } from '../../lib/db/settings';

/** A checkbox with its label beside it (theme.css labels are blocks: this one is a row). */
export function Toggle(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div class="toggle">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} class="muted hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}

/**
 * A typed value (minutes, a time) that saves as soon as it reads well, and says why
 * when it does not. What the user typed stays in the box until they fix it; the
 * stored value only replaces it while the box is not being edited.
 */
export function ParsedField<T>(props: {
  id: string;
  label: string;
  type: 'number' | 'time';
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onSave: (value: T) => void;
  disabled?: boolean;
  suffix?: string;
  min?: number;
  max?: number;
}) {
  const [draft, setDraft] = useState(props.format(props.value));
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const stored = props.format(props.value);
  const lastStored = useRef(stored);
  useEffect(() => {
    // Only a change from elsewhere (another page, Undo) replaces what is in the box.
    if (lastStored.current === stored) return;
    lastStored.current = stored;
    if (document.activeElement === input.current) return;
    setDraft(stored);
    setError('');
  }, [stored]);

  const errorId = `${props.id}-error`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <span class="row inline">
        <input
          ref={input}
          id={props.id}
          class={props.type === 'number' ? 'short' : 'clock'}
          type={props.type}
          inputMode={props.type === 'number' ? 'numeric' : undefined}
          min={props.min}
          max={props.max}
          value={draft}
          disabled={props.disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(event) => {
            const text = event.currentTarget.value;
            setDraft(text);
            const parsed = props.parse(text);
            setError(parsed.ok ? '' : parsed.error);
            if (parsed.ok && props.format(parsed.value) !== props.format(props.value)) props.onSave(parsed.value);
          }}
        />
        {props.suffix && <span class="muted">{props.suffix}</span>}
      </span>
      {error && (
        <p id={errorId} role="alert" class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
