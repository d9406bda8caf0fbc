import { useState } from 'preact/hooks';
import { people, series } from '../../lib/db';
import type { SeriesRecord } from '../../lib/db/schema';
import { UndoBar } from '../shared/UndoBar';
import { useLive } from '../shared/useLive';

/** The series the user marked "always" or "never" a 1:1, with a way to take the choice back. */
export function SeriesOverrides() {
  const list = useLive(
    async () => ({ decided: await series.overridden(), everyone: await people.all() }),
    ['series', 'people'],
  );
  const [undo, setUndo] = useState<SeriesRecord | null>(null);

  return (
    <div class="overrides">
      <h3 id="overrides-heading">Series you decided about</h3>
      {list.status === 'ready' && list.value.decided.length === 0 && (
        <p class="empty">
          None yet. On a prep card, “Why recognised” lets you always or never treat a series as a 1:1.
        </p>
      )}
      {list.status === 'ready' && list.value.decided.length > 0 && (
        <ul class="plain" aria-labelledby="overrides-heading">
          {list.value.decided.map((record) => {
            const person = list.value.everyone.find((p) => p.id === record.overridePersonId);
            return (
              <li key={record.seriesId} class="row wrap">
                <span class="grow">
                  <strong>
                    <bdi>{record.title || 'Untitled series'}</bdi>
                  </strong>{' '}
                  <span class={`verdict ${record.override}`}>
                    {record.override === 'always' ? 'Always a 1:1' : 'Never a 1:1'}
                  </span>
                  {person && <span class="muted"> · with {person.name}</span>}
                </span>
                <button
                  type="button"
                  onClick={() => void series.clearOverride(record.seriesId).then((old) => setUndo(old ?? null))}
                >
                  Remove<span class="sr-only"> the choice for {record.title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {undo && (
        <UndoBar
          removal={undo}
          onUndo={() => {
            void series.put(undo);
            setUndo(null);
          }}
          onExpire={() => setUndo(null)}
        >
          Upward decides “{undo.title}” by itself again.
        </UndoBar>
      )}
    </div>
  );
}
