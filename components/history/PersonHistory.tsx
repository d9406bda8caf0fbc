import { useEffect } from 'preact/hooks';
import { isOverdue } from '../../lib/commitments/order';
import { loadPersonRecords } from '../../lib/history/load';
import { commitmentsLedger, lastHeld, moodOverTime, needsLedger, timeline } from '../../lib/history/timeline';
import { aboutOf, isToRaise, type Person } from '../../lib/model';
import { lastTimeOf } from '../../lib/prep/card-items';
import { wallTimeToMs } from '../../lib/wall-time';
import { localDay, shortDate } from '../../lib/when';
import { useLive } from '../shared/useLive';
import { MoodChart, WaitChart } from './Charts';
import { Evidence } from './Evidence';
import { Timeline } from './Timeline';

const STORES = ['people', 'meetings', 'needs', 'questions', 'commitments', 'notes', 'checklist'] as const;
const STATUS_WORDS = { open: 'Open', raised: 'Raised, not met yet', met: 'Met', dropped: 'Dropped' } as const;
const ABOUT_LABELS = {
  goals: 'Their goals',
  pressures: 'Their pressures',
  style: 'How they work',
  needsFromMe: 'What they need from you',
};

/** One person's history: last time, commitments, the needs ledger, mood, the timeline, and what you know of their world. */
export function PersonHistory({ personId, now, everyone }: { personId: string; now: number; everyone: Person[] }) {
  const data = useLive(() => loadPersonRecords(personId), STORES, { deps: [personId] });
  const ready = data.status === 'ready' ? data.value : undefined;

  // Opened from a search result: go to the item, once it is drawn.
  useEffect(() => {
    if (!ready) return;
    const go = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target) return;
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      target.classList.add('found');
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [ready !== undefined]);

  if (data.status === 'loading') return <p class="muted">Reading the history…</p>;
  if (data.status === 'error') return <p role="alert">Upward could not read this history: {data.error}</p>;
  if (!ready) return <p role="alert">This person is no longer in Upward.</p>;

  const { person } = ready;
  const first = person.name.split(' ')[0] || person.name;
  const today = localDay(now);
  const ledger = needsLedger(ready.needs, ready.meetings, now);
  const waiting = ledger.filter((row) => isToRaise(row.need));
  const moods = moodOverTime(ready.meetings);
  const commitments = commitmentsLedger(ready.commitments, today);
  const last = lastTimeOf(lastHeld(ready.meetings, now), ready.commitments);
  const openQuestions = ready.questions.filter((question) => question.status === 'open');
  const about = aboutOf(person);
  const lastStart = wallTimeToMs(last?.meeting.start);

  return (
    <>
      <section aria-labelledby="h-last" class="panel">
        <h3 id="h-last">Last time{lastStart !== null && ` · ${shortDate(lastStart, now)}`}</h3>
        {!last ? (
          <p class="empty">No 1:1 with {first} has taken place yet that Upward has seen.</p>
        ) : (
          <>
            {last.notes.length ? (
              last.notes.map((line, i) => (
                <p key={`${i}-${line}`} dir="auto">
                  {line}
                </p>
              ))
            ) : (
              <p class="muted">No notes.</p>
            )}
            {last.more && (
              <p>
                <a href={`#meeting-${last.meeting.id}`}>All of its notes</a>
              </p>
            )}
            {last.commitments.length > 0 && (
              <ul aria-label="Promised last time">
                {last.commitments.map((c) => (
                  <li key={c.id}>
                    {c.owner === 'me' ? 'You' : <bdi>{first}</bdi>}: <bdi>{c.text}</bdi>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="h-commitments" class="panel">
        <h3 id="h-commitments">Commitments</h3>
        {commitments.open.length === 0 ? (
          <p class="empty">Nothing open either way.</p>
        ) : (
          <ul class="plain" aria-label="Open commitments">
            {commitments.open.map((c) => {
              const due = wallTimeToMs(c.due);
              return (
                <li key={c.id} id={`commitment-${c.id}`} tabIndex={-1}>
                  <span class="tag">{c.owner === 'me' ? 'You owe' : `${first} owes`}</span> <bdi>{c.text}</bdi>
                  {isOverdue(c, today) && <span class="tag tag--late"> Overdue</span>}
                  {due !== null && <span class="muted"> · due {shortDate(due, now)}</span>}
                </li>
              );
            })}
          </ul>
        )}
        {commitments.closed.length > 0 && (
          <details>
            <summary>Closed ({commitments.closed.length})</summary>
            <ul class="plain">
              {commitments.closed.map((c) => (
                <li key={c.id} id={`commitment-${c.id}`} tabIndex={-1}>
                  <span class="tag">{c.owner === 'me' ? 'You' : first}</span> <bdi>{c.text}</bdi>{' '}
                  <span class="muted">
                    ({c.status}
                    {c.closedAt ? `, ${shortDate(c.closedAt, now)}` : ''})
                  </span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby="h-needs" class="panel">
        <h3 id="h-needs">Needs</h3>
        {ledger.length === 0 ? (
          <p class="empty">No needs written down for {first} yet. The prep card is where they start.</p>
        ) : (
          <>
            <WaitChart bars={waiting.slice(0, 10).map((row) => ({ label: row.need.text, days: row.days }))} />
            <table class="ledger">
              <caption class="sr-only">Each need with how long it has waited and how often it was raised</caption>
              <thead>
                <tr>
                  <th scope="col">Need</th>
                  <th scope="col">Status</th>
                  <th scope="col">Waited</th>
                  <th scope="col">Raised in</th>
                </tr>
              </thead>
              <tbody>
                {ledger.map((row) => (
                  <tr key={row.need.id} id={`need-${row.need.id}`} tabIndex={-1}>
                    <th scope="row" dir="auto">
                      {row.need.text}
                    </th>
                    <td>{STATUS_WORDS[row.need.status]}</td>
                    <td>
                      {row.days} {row.days === 1 ? 'day' : 'days'}
                      {row.waited > 0 && `, ${row.waited} ${row.waited === 1 ? '1:1' : '1:1s'}`}
                    </td>
                    <td>{row.raised === 0 ? '—' : row.raised === 1 ? '1 1:1' : `${row.raised} 1:1s`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      {moods.length > 0 && (
        <section aria-labelledby="h-mood" class="panel">
          <h3 id="h-mood">How it has felt</h3>
          <MoodChart points={moods} now={now} />
        </section>
      )}

      {openQuestions.length > 0 && (
        <section aria-labelledby="h-questions" class="panel">
          <h3 id="h-questions">Questions still open</h3>
          <ul class="plain">
            {openQuestions.map((question) => (
              <li key={question.id} id={`question-${question.id}`} tabIndex={-1} dir="auto">
                {question.text}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="h-timeline" class="panel">
        <h3 id="h-timeline">Timeline</h3>
        <Timeline
          entries={timeline(ready, now)}
          person={person}
          openNeeds={ready.needs.filter(isToRaise)}
          openQuestions={openQuestions}
          now={now}
        />
      </section>

      <section aria-labelledby="h-about" class="panel" id="about" tabIndex={-1}>
        <h3 id="h-about">About {first} (private)</h3>
        {(Object.keys(ABOUT_LABELS) as (keyof typeof ABOUT_LABELS)[]).some((key) => about[key].trim()) ? (
          <dl class="about">
            {(Object.keys(ABOUT_LABELS) as (keyof typeof ABOUT_LABELS)[])
              .filter((key) => about[key].trim())
              .map((key) => (
                <div key={key}>
                  <dt>{ABOUT_LABELS[key]}</dt>
                  <dd dir="auto">{about[key]}</dd>
                </div>
              ))}
          </dl>
        ) : (
          <p class="empty">Nothing written yet. The prep card's "About them" is where it goes.</p>
        )}
      </section>

      <Evidence everyone={everyone} person={person} now={now} />
    </>
  );
}
