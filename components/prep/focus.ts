import { useEffect, useRef } from 'preact/hooks';

/**
 * Moving or re-filing an item re-renders it elsewhere and the browser drops focus.
 * `request(...selectors)` says where focus should go if that happens: after each of
 * the next renders (for a short while), once focus has left the card or sits on a
 * control that went away or was disabled, the first visible, enabled match gets it.
 * While focus is still fine, nothing is moved. The request lasts its whole short
 * window (a stray re-read may render before the one that moves the item) and ends
 * early when the user clicks somewhere.
 */
export function useFocusAfterRender(root: { current: HTMLElement | null }) {
  const wanted = useRef<{ selectors: string[]; until: number }>();
  useEffect(() => {
    const want = wanted.current;
    const card = root.current;
    if (!want || !card) return;
    if (Date.now() > want.until) {
      wanted.current = undefined;
      return;
    }
    const active = document.activeElement as HTMLElement | null;
    const stillFine = active && active !== document.body && card.contains(active) && !active.hasAttribute('disabled');
    if (stillFine) return;
    for (const selector of want.selectors) {
      const element = card.querySelector<HTMLElement>(selector);
      if (element && !element.hasAttribute('disabled') && element.getClientRects().length > 0) {
        element.focus();
        // Inside a closed <details> an element still has boxes but cannot take focus: try the next.
        if (document.activeElement === element) return;
      }
    }
  });
  useEffect(() => {
    const forget = () => {
      wanted.current = undefined;
    };
    document.addEventListener('pointerdown', forget, true);
    return () => document.removeEventListener('pointerdown', forget, true);
  }, []);
  return (...selectors: string[]) => {
    wanted.current = { selectors, until: Date.now() + 2000 };
  };
}
