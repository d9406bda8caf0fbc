import type { Person } from '../../lib/model';
import type { LastTime as LastTimeData } from '../../lib/prep/card-items';
import { wallTimeToMs } from '../../lib/wall-time';
import { shortDate } from '../../lib/when';
import { useCardStore } from './card-store';

/** "Last time": the previous 1:1 at a glance (when, its first lines, what was promised), at the top of the card. */
export function LastTime({ last, person, now }: { last?: LastTimeData; person: Person; now: number }) {
  const cardStore = useCardStore();
  const first = person.name.split(' ')[0] || person.name;
  const start = wallTimeToMs(last?.meeting.start);
  return (
    <section aria-labelledby="last-title" class="card-section last-time">
      <h2 id="last-title">
        Last time
        {start !== null && (
          <>
            {' · '}
            <time dateTime={last?.meeting.start ?? undefined}>{shortDate(start, now)}</time>
          </>
        )}
      </h2>
      {!last ? (
        <p class="hint">This is the first 1:1 with {first} that Upward has seen.</p>
      ) : (
        <>
          {last.notes.length ? (
            <div class="last-notes">
              {last.notes.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
              {last.more && <p class="muted">…</p>}
            </div>
          ) : (
            <p class="hint">No notes from that 1:1.</p>
          )}
          {last.commitments.length > 0 && (
            <ul class="promised" aria-label="Promised last time">
              {last.commitments.map((commitment) => (
                <li key={commitment.id}>
                  <span class="tag">{commitment.owner === 'me' ? 'You' : first}</span> {commitment.text}
                  {commitment.status !== 'open' && <span class="muted"> ({commitment.status})</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <button type="button" class="link" onClick={() => void cardStore.call('pages.openHistory', person.id)}>
        Full history with {first}
      </button>
    </section>
  );
}
