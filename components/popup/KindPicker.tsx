import type { QuickNoteKind } from '../../lib/model';

/** The three kinds, in the order of their shortcuts: Alt+1 need, Alt+2 question, Alt+3 note. */
export const KINDS: readonly { kind: QuickNoteKind; label: string; key: string }[] = [
  { kind: 'need', label: 'Need', key: 'Alt+1' },
  { kind: 'question', label: 'Question', key: 'Alt+2' },
  { kind: 'note', label: 'Note', key: 'Alt+3' },
];

/** Alt+1/2/3 by physical key, so it works on layouts where Alt+digit types a symbol. */
export function kindForShortcut(event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'code'>) {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  return KINDS[['Digit1', 'Digit2', 'Digit3', 'Numpad1', 'Numpad2', 'Numpad3'].indexOf(event.code) % 3]?.kind;
}

/** What a quick note is: three radio buttons drawn as one segmented control (arrow keys move). */
export function KindPicker({ kind, onPick }: { kind: QuickNoteKind; onPick: (kind: QuickNoteKind) => void }) {
  return (
    <fieldset class="kinds">
      <legend class="sr-only">It is a</legend>
      {KINDS.map((option) => (
        <label key={option.kind} class="kind" title={`${option.label} (${option.key})`}>
          <input
            type="radio"
            name="quick-note-kind"
            value={option.kind}
            checked={kind === option.kind}
            aria-keyshortcuts={option.key}
            onChange={() => onPick(option.kind)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
