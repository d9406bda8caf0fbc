import { useEffect, useState } from 'preact/hooks';
import type { SaveTracker } from '../../lib/prep/saving';
import { useSaveState } from './saving';

interface Props {
  title: string;
  when?: string;
  /** Shown in the calendar frame only; a tab closes like any tab. */
  onClose?: () => void;
  tracker: SaveTracker;
}

export function CardHeader({ title, when, onClose, tracker }: Props) {
  return (
    <header class="card-header">
      <div class="card-title">
        <h1 id="prep-title">{title}</h1>
        {when && <p class="when">{when}</p>}
      </div>
      <SaveStatus tracker={tracker} />
      {onClose && (
        <button type="button" class="icon close" aria-label="Close prep card" title="Close (Esc)" onClick={onClose}>
          ×
        </button>
      )}
    </header>
  );
}

/**
 * A quiet "Saved". "Saving…" shows only when a write is slow, so the live region
 * does not chatter on every keystroke (the text stays "Saved" while typing); a
 * failure is an alert.
 */
function SaveStatus({ tracker }: { tracker: SaveTracker }) {
  const state = useSaveState(tracker);
  const [slow, setSlow] = useState(false);
  const [everSaved, setEverSaved] = useState(false);
  useEffect(() => {
    if (state.kind === 'saved') setEverSaved(true);
    if (state.kind !== 'saving') {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), 400);
    return () => clearTimeout(timer);
  }, [state]);
  if (state.kind === 'error') {
    return (
      <p class="save-status save-status--error" role="alert">
        Not saved: {state.error} Your text is still on screen; keep typing to try again.
      </p>
    );
  }
  const saved = state.kind === 'saved' || (state.kind === 'saving' && everSaved);
  return (
    <p class="save-status" role="status">
      {state.kind === 'saving' && slow ? 'Saving…' : saved ? 'Saved' : ''}
    </p>
  );
}
