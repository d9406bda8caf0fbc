import type { Commitment, Person } from '../../lib/model';
import type { LastTime as LastTimeData } from '../../lib/prep/card-items';
import { firstName } from '../../lib/prep/relation-words';
import { wallTimeToMs } from '../../lib/wall-time';
import { shortDate } from '../../lib/when';
import { Sentence } from './Sentence';

/** How many open commitments the brief lists; the rest are in the Commitments fold. */
const SHOWN = 3;

/**
 * "Last time", the brief's first part: when, the first lines of its notes, and what is still
 * promised either way (open commitments, most urgent first).
 */
export function LastTime({
  last,
  person,
  open,
  now,
}: {
  last?: LastTimeData;
  person: Person;
  open: Commitment[];
  now: number;
}) {
  const first = firstName(person.name);
  const start = wallTimeToMs(last?.meeting.start);
  const shown = open.slice(0, SHOWN);
  return (
    <section aria-labelledby="last-title" class="card-section brief-part last-time">
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
        <p class="hint">
          <Sentence text="This is the first 1:1 with {name} that Upward has seen." name={first} />
        </p>
      ) : last.notes.length ? (
        <div class="last-notes">
          {last.notes.map((line, index) => (
            <p key={index} dir="auto" title={line}>
              {line}
            </p>
          ))}
          {last.more && <p class="muted">…</p>}
        </div>
      ) : (
        <p class="hint">No notes from that 1:1.</p>
      )}
      {shown.length > 0 && (
        <ul class="promised" aria-label="Open commitments, both ways">
          {shown.map((commitment) => (
            <li key={commitment.id} title={commitment.text}>
              <span class="chip">
                {commitment.owner === 'me' ? 'You owe' : <Sentence text="{name} owes" name={first} />}
              </span>{' '}
              <span dir="auto">{commitment.text}</span>
            </li>
          ))}
          {open.length > SHOWN && <li class="muted">and {open.length - SHOWN} more under Commitments</li>}
        </ul>
      )}
    </section>
  );
}
