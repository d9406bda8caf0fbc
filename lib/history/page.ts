/**
 * The history page's file: not `history.html`, which WXT would turn into a replacement for the
 * browser's own History page (tests/e2e/manifest.spec.ts refuses any such override).
 */
export const HISTORY_PAGE = 'one-on-ones.html';

/** The history page for one person (`none`: notes filed for no one), or for everyone. Relative. */
export function historyHref(personId?: string | null): string {
  return personId ? `${HISTORY_PAGE}?person=${encodeURIComponent(personId)}` : HISTORY_PAGE;
}
