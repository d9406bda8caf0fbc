import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ChecklistItem, Meeting } from '../../lib/model';
import { useCardStore } from './card-store';
import { useSaver } from './saving';

/**
 * Practices 4 and 7, ticked per meeting: every 1:1 starts fresh, past ones keep their ticks. The
 * card shows one item on the brief and the whole list in its "Before you go in" fold
 * (labelled by that fold's heading, `#checklist-title`).
 */
export function ChecklistSection({ meeting, items }: { meeting: Meeting; items: ChecklistItem[] }) {
  return (
    <>
      {items.length === 0 ? (
        <p class="empty">
          Your checklist is empty.{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            Add items in Settings
          </button>
        </p>
      ) : (
        <ul class="checklist" aria-labelledby="checklist-title">
          {items.map((item) => (
            <Tick key={item.id} meeting={meeting} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}

function Tick({ meeting, item }: { meeting: Meeting; item: ChecklistItem }) {
  return (
    <li>
      <TickBox meeting={meeting} item={item} id={`tick-${item.id}`} />
    </li>
  );
}

/**
 * One checklist item's box and label, ticked for this meeting. Used by the full list and by the
 * brief's one line (`before`: words in front of the item's own).
 */
export function TickBox({
  meeting,
  item,
  id,
  before,
}: {
  meeting: Meeting;
  item: ChecklistItem;
  id: string;
  before?: preact.ComponentChildren;
}) {
  const cardStore = useCardStore();
  const saver = useSaver();
  const stored = meeting.ticks.includes(item.id);
  const [checked, setChecked] = useState(stored);
  const [seen, setSeen] = useState(stored);
  // Follow the stored tick when it changes, keeping the click's own state until then.
  if (stored !== seen) {
    setSeen(stored);
    setChecked(stored);
  }
  return (
    <>
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event) => {
          const next = event.currentTarget.checked;
          setChecked(next);
          void saver.save(`tick:${item.id}`, () => cardStore.call('meetings.setTick', meeting.id, item.id, next));
        }}
      />
      <label for={id}>
        {before}
        {item.text}
      </label>
    </>
  );
}
