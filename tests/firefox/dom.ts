import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { poll } from './poll';

/**
 * Finding and using controls the way a user does: by their label or name and their role.
 * Names are resolved in the page (aria-label, aria-labelledby, <label>, a button's text):
 * Firefox's accessibility-tree query (`::-p-aria`) takes a third of a second per lookup, and
 * puppeteer's locators wait for animation frames Firefox does not give background tabs.
 */

export type Scope = Page | Frame;

const pageOf = (scope: Scope): Page => ('page' in scope ? scope.page() : scope);

const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  textbox:
    'textarea, input:not([type]), input[type="text"], input[type="email"], input[type="search"], [role="textbox"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  radio: 'input[type="radio"], [role="radio"]',
  combobox: 'select, [role="combobox"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  list: 'ul, ol, [role="list"]',
  region: 'section, [role="region"]',
};
/** Without a role: the form fields a label names. */
const FIELDS = 'input, textarea, select, [role="textbox"], [role="combobox"]';

/** The first element in the document whose name is exactly `name` (and whose role is `role`). */
function findNamed(name: string, selector: string): Element | null {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    if (label) return clean(label);
    const by = element.getAttribute('aria-labelledby');
    if (by)
      return clean(
        by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    const labels = (element as HTMLInputElement).labels;
    if (labels?.length) return clean([...labels].map((l) => l.textContent).join(' '));
    if (/^(BUTTON|H[1-6])$/.test(element.tagName) || element.getAttribute('role') === 'button') {
      return clean(element.textContent);
    }
    return clean((element as HTMLInputElement).title);
  };
  return [...document.querySelectorAll(selector)].find((element) => nameOf(element) === name) ?? null;
}

/** The element named `name` with role `role` (a form field when no role is given), once it exists. */
export async function named(scope: Scope, name: string, role?: string): Promise<ElementHandle<Element>> {
  const selector = role ? (ROLE_SELECTORS[role] ?? `[role="${role}"]`) : FIELDS;
  return poll(
    async () => (await scope.evaluateHandle(findNamed, name, selector)).asElement() as ElementHandle<Element> | null,
    {
      what: `${role ?? 'element'} "${name}"`,
    },
  );
}

/** Replaces a field's text by typing, key by key, as a user would. */
export async function typeInto(scope: Scope, name: string, text: string): Promise<void> {
  const field = await named(scope, name);
  await field.evaluate((element) => {
    (element as HTMLElement).focus();
    (element as HTMLInputElement).select?.();
  });
  await pageOf(scope).keyboard.type(text);
}

/**
 * Clicks a control. Inside a frame (the prep card) it is focused and pressed with Enter:
 * puppeteer finds a frame's offset with a BiDi locator Firefox 140 lacks.
 */
export async function click(scope: Scope, name: string, role = 'button'): Promise<void> {
  const element = await named(scope, name, role);
  if (!('page' in scope) || scope === scope.page().mainFrame()) return element.click();
  await element.focus();
  await pageOf(scope).keyboard.press('Enter');
}

export async function press(scope: Scope, key: Parameters<Page['keyboard']['press']>[0]): Promise<void> {
  await pageOf(scope).keyboard.press(key);
}

export async function fieldValue(scope: Scope, name: string): Promise<string> {
  return (await named(scope, name)).evaluate((element) => (element as HTMLInputElement).value);
}

export async function isChecked(scope: Scope, name: string): Promise<boolean> {
  return (await named(scope, name)).evaluate((element) => (element as HTMLInputElement).checked);
}

/** The visible text of the whole document. */
function pageText(scope: Scope): Promise<string> {
  return scope.evaluate(() => document.body.innerText);
}

/** Waits until the document shows `text`. */
export async function waitForText(scope: Scope, text: string, timeoutMs?: number): Promise<void> {
  await poll(async () => (await pageText(scope)).includes(text), { what: `the text "${text}"`, timeoutMs });
}
