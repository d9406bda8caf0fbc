import { useEffect, useRef } from 'preact/hooks';

export interface MenuItem {
  label: string;
  /** The key that does the same from the item (aria-keyshortcuts form: "Alt+ArrowUp"), shown beside the label. */
  keys?: string;
  onSelect: () => void;
  disabled?: boolean;
  /** A choice among several (a status): drawn as a radio item. */
  checked?: boolean;
  danger?: boolean;
}

interface Props {
  /** Names the trigger ("More for: Tell me early…"); the menu is labelled by it. */
  label: string;
  id: string;
  items: readonly MenuItem[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Items inside a roving list keep the trigger out of the Tab order (→ reaches it). */
  triggerTabIndex?: number;
  triggerClass?: string;
}

/**
 * One "⋯" with its actions, drawn in the flow right under its trigger (never clipped by the
 * card's frame, readable at 200%). ↑/↓, Home/End move; Enter or Space picks; Esc closes and gives
 * focus back to the trigger; Tab or a click elsewhere closes it.
 */
export function Menu({ label, id, items, open, onOpenChange, triggerTabIndex, triggerClass = '' }: Props) {
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const menuItems = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const all = menuItems();
    (all.find((item) => item.getAttribute('aria-checked') === 'true') ?? all.find((item) => !item.disabled))?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    onOpenChange(false);
    if (refocus) trigger.current?.focus();
  };

  return (
    <>
      <button
        ref={trigger}
        type="button"
        class={`icon more ${triggerClass}`}
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        tabIndex={triggerTabIndex}
        onClick={() => onOpenChange(!open)}
      >
        ⋯
      </button>
      {open && (
        <div
          ref={list}
          id={id}
          role="menu"
          aria-label={label}
          class="menu"
          onKeyDown={(event) => {
            const all = menuItems().filter((item) => !item.disabled);
            const at = all.indexOf(document.activeElement as HTMLButtonElement);
            const go = (index: number) => all[(index + all.length) % all.length]?.focus();
            if (event.key === 'ArrowDown') go(at + 1);
            else if (event.key === 'ArrowUp') go(at - 1);
            else if (event.key === 'Home') go(0);
            else if (event.key === 'End') go(all.length - 1);
            else if (event.key === 'Escape') close(true);
            else if (event.key === 'Tab') {
              onOpenChange(false);
              return;
            } else return;
            // Handled here: the card's own Esc (close the card) and the list's arrows must not see it.
            event.preventDefault();
            event.stopPropagation();
          }}
          onFocusOut={(event) => {
            const next = event.relatedTarget as Node | null;
            if (next && !list.current?.contains(next) && next !== trigger.current) onOpenChange(false);
          }}
        >
          {items.map((item) => (
            <button
              key={item.label}
              type="button"
              {...(item.checked === undefined
                ? { role: 'menuitem' }
                : { role: 'menuitemradio', 'aria-checked': item.checked })}
              tabIndex={-1}
              disabled={item.disabled}
              class={`menu-item${item.danger ? ' danger' : ''}`}
              aria-keyshortcuts={item.keys}
              onClick={() => {
                onOpenChange(false);
                trigger.current?.focus();
                item.onSelect();
              }}
            >
              <span class="menu-label">{item.label}</span>
              {item.keys && (
                <span class="menu-keys" aria-hidden="true">
                  {keyWords(item.keys)}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </>
  );
}

const KEY_WORDS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowRight: '→', Delete: 'Del' };

/** "Alt+ArrowUp" as people read it: "Alt+↑". */
export const keyWords = (keys: string): string =>
  keys
    .split('+')
    .map((key) => KEY_WORDS[key] ?? key)
    .join('+');
