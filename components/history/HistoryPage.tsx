import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { people } from '../../lib/db';
import { loadPersonRecords, loadUnfiledNotes } from '../../lib/history/load';
import { historyHref } from '../../lib/history/page';
import { lastHeld } from '../../lib/history/timeline';
import { isToRaise, type Person } from '../../lib/model';
import { wallTimeToMs } from '../../lib/wall-time';
import { shortDate } from '../../lib/when';
import { useLive } from '../shared/useLive';
import { Evidence } from './Evidence';
import { PersonHistory } from './PersonHistory';
import { SearchBox } from './SearchBox';
import { Timeline } from './Timeline';

/** one-on-ones.html[?person=<id>|none]: everyone's 1:1s, one person's history, or notes filed for no one; search on top. */
export function HistoryPage({ personId, now: fixedNow }: { personId: string | null; now?: number }) {
  const everyone = useLive(() => people.sorted(), ['people']);
  const [now, setNow] = useState(fixedNow ?? Date.now());
  useEffect(() => {
    if (fixedNow !== undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, [fixedNow]);
  const list = everyone.status === 'ready' ? everyone.value : [];
  const current = list.find((person) => person.id === personId);

  useEffect(() => {
    document.title = current ? `History with ${current.name} · Upward` : 'History and search · Upward';
  }, [current?.name]);

  return (
    <div class="history-layout">
      <header class="history-header">
        <h1>{current ? `Your 1:1s with ${current.name}` : 'Your 1:1s: history and search'}</h1>
        <nav aria-label="People">
          <ul class="people-nav">
            <li>
              <a href={historyHref()} aria-current={personId === null ? 'page' : undefined}>
                Everyone
              </a>
            </li>
            {list.map((person) => (
              <li key={person.id}>
                <a href={historyHref(person.id)} aria-current={person.id === personId ? 'page' : undefined}>
                  <bdi>{person.name}</bdi>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main class="history">
        <SearchBox people={list} />
        {everyone.status === 'error' && <p role="alert">Upward could not open its data: {everyone.error}</p>}
        {personId === 'none' ? (
          <Unfiled now={now} />
        ) : personId !== null ? (
          everyone.status === 'ready' && <PersonHistory personId={personId} now={now} everyone={list} />
        ) : (
          everyone.status === 'ready' && <Everyone list={list} now={now} />
        )}
      </main>
    </div>
  );
}

function Everyone({ list, now }: { list: Person[]; now: number }) {
  if (!list.length)
    return (
      <p class="empty">
        Nobody set up yet: once you add your manager, their 1:1s, needs and notes gather here.{' '}
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Add them in settings
        </button>{' '}
        (with your calendar open, Upward suggests who).
      </p>
    );
  return (
    <>
      <section aria-labelledby="h-people" class="panel">
        <h2 id="h-people">People</h2>
        <ul class="people-cards">
          {list.map((person) => (
            <PersonCard key={person.id} person={person} now={now} />
          ))}
        </ul>
      </section>
      <Evidence everyone={list} now={now} />
    </>
  );
}

function PersonCard({ person, now }: { person: Person; now: number }) {
  const data = useLive(() => loadPersonRecords(person.id), ['meetings', 'needs', 'commitments'], { deps: [person.id] });
  const records = data.status === 'ready' ? data.value : null;
  const last = records ? wallTimeToMs(lastHeld(records.meetings, now)?.start) : null;
  const toRaise = records?.needs.filter(isToRaise).length ?? 0;
  const open = records?.commitments.filter((c) => c.status === 'open').length ?? 0;
  return (
    <li>
      <a href={historyHref(person.id)} class="person-link">
        <bdi>{person.name}</bdi>
      </a>
      <p class="muted">
        {last !== null ? `Last 1:1 ${shortDate(last, now)}` : 'No 1:1 yet'} · {toRaise}{' '}
        {toRaise === 1 ? 'need' : 'needs'} to raise · {open} open {open === 1 ? 'commitment' : 'commitments'}
      </p>
    </li>
  );
}

function Unfiled({ now }: { now: number }) {
  const data = useLive(() => loadUnfiledNotes(), ['notes']);
  useEffect(() => {
    if (data.status !== 'ready') return;
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
    target?.classList.add('found');
  }, [data.status]);
  if (data.status !== 'ready') return <p class="muted">Reading your notes…</p>;
  return (
    <section aria-labelledby="h-unfiled" class="panel">
      <h2 id="h-unfiled">Quick notes for no one in particular</h2>
      <Timeline
        entries={data.value.notes.map((note) => ({ kind: 'note', at: note.createdAt, note }))}
        openNeeds={[]}
        openQuestions={[]}
        now={now}
      />
    </section>
  );
}
