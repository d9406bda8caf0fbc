import { useEffect, useState } from 'preact/hooks';
import type { SaveTracker } from '../../lib/prep/saving';
import { Menu, type MenuItem } from './Menu';
import { useSaveState } from './saving';

interface Props {
  /** The person's name (in a 1:1), or what the card is about. */
  title: string;
  /** "1:1 with …" for the heading's name; the line shows only the name. */
  person?: string;
  when?: string;
  /** The full date and time, for the tooltip. */
  whenInFull?: string;
  /** Shown in the calendar frame only; a tab closes like any tab. */
  onClose?: () => void;
  tracker: SaveTracker;
  menu?: { items: MenuItem[]; open: boolean; onOpenChange: (open: boolean) => void };
}

/** One line, even at 200% zoom: who · when, whether it is saved, the card's ⋯, and ×. */
export function CardHeader({ title, person, when, whenInFull, onClose, tracker, menu }: Props) {
  return (
    <header class="card-header">
      <div class="card-title">
        <h1 id="prep-title">
          {person ? (
            <>
              <span class="sr-only">1:1 with </span>
              <bdi>{person}</bdi>
            </>
          ) : (
            title
          )}
        </h1>
        {when && (
          <span class="when" title={whenInFull}>
            {when}
          </span>
        )}
      </div>
      <SaveStatus tracker={tracker} />
      {menu && (
        <Menu
          id="card-menu"
          label="More for this 1:1"
          items={menu.items}
          open={menu.open}
          onOpenChange={menu.onOpenChange}
          triggerClass="header-more"
        />
      )}
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
