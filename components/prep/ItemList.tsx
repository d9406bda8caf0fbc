import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props {
  label: string;
  ordered?: boolean;
  class?: string;
  describedBy?: string;
  children: ComponentChildren;
}

const ITEM = '.item-text';

/**
 * A list of items that is one stop in the Tab order: ↑/↓ (Home/End) move between items, so Tab
 * from the first item leaves the list at once and reaches Notes in a few steps however long the
 * list is. Each row keeps its own keys (Enter edits, → reaches its "⋯", Alt+↑/↓ moves it).
 */
export function ItemList({ label, ordered, class: className = '', describedBy, children }: Props) {
  const root = useRef<HTMLOListElement & HTMLUListElement>(null);
  const [active, setActive] = useState<string>();

  // After every render: exactly one item text is tabbable (the last one focused, else the first).
  useLayoutEffect(() => {
    const buttons = [...(root.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
    const current = buttons.find((button) => rowId(button) === active) ?? buttons[0];
    for (const button of buttons) button.tabIndex = button === current ? 0 : -1;
  });

  const props = {
    ref: root,
    class: `items ${className}`,
    'aria-label': label,
    'aria-describedby': describedBy,
    onFocusIn: (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      if (target.matches(ITEM)) setActive(rowId(target));
    },
    onKeyDown: (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (!target.matches(ITEM) || event.altKey || event.ctrlKey || event.metaKey) return;
      const buttons = [...(root.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])];
      const at = buttons.indexOf(target);
      const next =
        event.key === 'ArrowDown'
          ? buttons[at + 1]
          : event.key === 'ArrowUp'
            ? buttons[at - 1]
            : event.key === 'Home'
              ? buttons[0]
              : event.key === 'End'
                ? buttons.at(-1)
                : undefined;
      if (!next) return;
      event.preventDefault();
      next.focus();
    },
    children,
  };
  return ordered ? <ol {...props} /> : <ul {...props} />;
}

const rowId = (element: HTMLElement) => element.closest<HTMLElement>('[data-item]')?.dataset.item;
