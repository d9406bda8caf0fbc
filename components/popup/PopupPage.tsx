import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { people } from '../../lib/db';
import { useLive } from '../shared/useLive';
import type { EarlyReads } from './early-reads';
import { NextOneOnOne } from './NextOneOnOne';
import { QuickNote } from './QuickNote';
import { RecentNotes } from './RecentNotes';
import { READY_MARK, readyTracker } from './ready';

const openSettings = () => void browser.runtime.openOptionsPage();
const openHistory = () => void browser.tabs.create({ url: '/history.html' });

/**
 * The toolbar popup. The quick-note box draws and takes focus at once; everything read from
 * the store (people, the next 1:1, recent items) fills in around it as it arrives.
 */
export function PopupPage({ onReady, early }: { onReady?: () => void; early?: EarlyReads } = {}) {
  // The next 1:1 is read once the recent list is in: the first reads get the store to themselves.
  const [listed, setListed] = useState(false);
  // A 1:1 about to start leads the popup (drawn first by CSS order: the box keeps its focus and text).
  const [soon, setSoon] = useState(false);
  const ready = useMemo(
    () =>
      readyTracker(() => {
        if (onReady) onReady();
        else performance.mark(READY_MARK);
      }),
    [],
  );
  const everyone = useLive(() => people.sorted(), ['people'], { first: early?.people });
  const list = everyone.status === 'ready' ? everyone.value : null;
  const names = useMemo(() => (list ? new Map(list.map((person) => [person.id, person.name])) : null), [list]);

  return (
    <main class={soon ? 'popup popup--soon' : 'popup'}>
      <header class="row popup-header">
        <h1 class="grow">Upward</h1>
        <button type="button" class="link" onClick={openHistory}>
          History
        </button>
        <button type="button" class="link" onClick={openSettings}>
          Settings
        </button>
      </header>
      {everyone.status === 'error' && <p role="alert">Upward could not open its data: {everyone.error}</p>}
      {list?.length === 0 && (
        <div class="setup">
          <p>Tell Upward who your manager is and it will spot your 1:1s and file needs and questions for them.</p>
          <button type="button" class="primary" onClick={openSettings}>
            Set up
          </button>
        </div>
      )}
      <QuickNote people={list} onTyping={ready.typing} />
      <NextOneOnOne paused={!listed} onSoon={setSoon} />
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent</h2>
        <RecentNotes
          names={names}
          early={early?.recent}
          onListed={() => {
            ready.listed();
            setListed(true);
          }}
        />
      </section>
    </main>
  );
}
