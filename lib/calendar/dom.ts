/**
 * Small DOM helpers the adapters share. They use attributes only (no layout APIs), so the
 * same answers come out of a live page, happy-dom in tests, and the detect command.
 */

/** Every element under root matching selector, plus root itself when it matches. */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

export function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * False when the element or an ancestor is hidden by attribute or inline style.
 * Calendar apps leave closed dialogs in the DOM this way; reading one would attach a stale
 * guest list to whatever event is open now.
 */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    if (node.getAttribute('aria-hidden') === 'true') return false;
    if (HIDDEN_STYLE.test(node.getAttribute('style') ?? '')) return false;
  }
  return true;
}

/** Trimmed, whitespace-collapsed text of an element (textContent: page text is never parsed as markup). */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A non-empty attribute value, trimmed, or null. */
export function attr(element: Element | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name)?.trim();
  return value ? value : null;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

/** Lower-cased, de-duplicated email addresses, dropping anything that is not one. */
export function cleanEmails(values: Iterable<string | null>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const email = value
      ?.trim()
      .toLowerCase()
      .replace(/^mailto:/, '');
    if (email && EMAIL.test(email)) seen.add(email);
  }
  return [...seen];
}
