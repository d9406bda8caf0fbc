/**
 * The card's own keys, from anywhere in it except while typing (so Option/Alt still types
 * characters such as ñ on a Mac in a text box): Alt+N to the notes, Alt+A to the add box, Alt+R
 * to the first thing to raise, Alt+M to the card's ⋯ menu, Alt+W to the wrap-up, Ctrl/⌘+Z undoes
 * the last delete. By physical key, so they work on every keyboard layout.
 */
export type CardShortcut = 'notes' | 'add' | 'raise' | 'menu' | 'wrap-up' | 'undo';

const ALT_KEYS: Record<string, CardShortcut> = {
  KeyN: 'notes',
  KeyA: 'add',
  KeyR: 'raise',
  KeyM: 'menu',
  KeyW: 'wrap-up',
};

/** What each shortcut is, for the "Keyboard shortcuts" list. */
export const SHORTCUT_WORDS: readonly [string, string][] = [
  ['Alt+N', 'Notes for this meeting'],
  ['Alt+R', 'The first thing to raise'],
  ['Alt+A', 'Add a need or question'],
  ['↑ ↓', 'Between items'],
  ['Enter', 'Edit an item'],
  ['→ or Shift+F10', "An item's ⋯ (status, move, delete)"],
  ['Alt+↑ ↓', 'Move a need'],
  ['Delete', 'Delete an item (Undo follows)'],
  ['Ctrl+Z', 'Undo the last delete'],
  ['Alt+M', 'This menu'],
  ['Alt+W', 'Wrap up this 1:1'],
  ['Esc', 'Close the card'],
];

export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element?.tagName) return false;
  if (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}

export function cardShortcut(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code' | 'key' | 'target'>,
): CardShortcut | undefined {
  if (isTyping(event.target)) return undefined;
  if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) return ALT_KEYS[event.code];
  if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'z')
    return 'undo';
  return undefined;
}
