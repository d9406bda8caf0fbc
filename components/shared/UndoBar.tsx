import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** How long "Undo" stays offered after something is removed. */
export const UNDO_MS = 15_000;

interface Props {
  /** What was removed, in words: "Removed “Feedback”." */
  children: ComponentChildren;
  onUndo(): void;
  /** The offer ran out: the caller forgets what it could have put back. */
  onExpire(): void;
  /** A new value (the removal itself) starts the time again. */
  removal: unknown;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** "Removed X. Undo": offered for a while after a removal, announced to screen readers, then gone. */
export function UndoBar({ children, onUndo, onExpire, removal, buttonRef }: Props) {
  const expire = useRef(onExpire);
  expire.current = onExpire;
  useEffect(() => {
    const timer = setTimeout(() => expire.current(), UNDO_MS);
    return () => clearTimeout(timer);
  }, [removal]);
  return (
    <div role="status" class="undo-bar row">
      <span class="grow">{children}</span>
      <button type="button" ref={buttonRef} onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
