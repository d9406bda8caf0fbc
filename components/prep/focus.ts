import { useEffect, useRef } from 'preact/hooks';

/**
 * Moving or re-filing an item re-renders it elsewhere and the browser drops focus.
 * `request(...selectors)` puts focus back on the first of them that is visible after
 * the next renders (for a short while), so keyboard users keep their place.
 */
export function useFocusAfterRender(root: { current: HTMLElement | null }) {
  const wanted = useRef<{ selectors: string[]; until: number }>();
  useEffect(() => {
    const want = wanted.current;
    if (!want || !root.current) return;
    if (Date.now() > want.until) {
      wanted.current = undefined;
      return;
    }
    for (const selector of want.selectors) {
      const element = root.current.querySelector<HTMLElement>(selector);
      if (element && !element.hasAttribute('disabled') && element.getClientRects().length > 0) {
        element.focus();
        wanted.current = undefined;
        return;
      }
    }
  });
  return (...selectors: string[]) => {
    wanted.current = { selectors, until: Date.now() + 2000 };
  };
}
