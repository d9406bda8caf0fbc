import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { people } from '../../lib/db';
import { historyHref } from '../../lib/history/page';
import { BackupNag } from '../shared/BackupNag';
import { useLive } from '../shared/useLive';
import type { EarlyReads } from './early-reads';
import type { FirstSteps as FirstStepsView } from './FirstSteps';
import { NextOneOnOne } from './NextOneOnOne';
import { QuickNote } from './QuickNote';
import { RecentNotes } from './RecentNotes';
import { READY_MARK, readyTracker } from './ready';

const openSettings = () => void browser.runtime.openOptionsPage();

/**
 * The first steps (suggestions from the calendar) load only while nobody is set up: every
 * later open of the popup, which must be ready to type at once, carries none of their code.
 */
function useFirstSteps(needed: boolean): typeof FirstStepsView | null {
  const [view, setView] = useState<typeof FirstStepsView | null>(null);
  useEffect(() => {
    if (needed && !view) void import('./FirstSteps').then((module) => setView(() => module.FirstSteps));
  }, [needed]);
  return view;
}
const openHistory = () => void browser.tabs.create({ url: `/${historyHref()}` });

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
  // Someone added from a suggestion here: the first steps stay while the popup is open, so the
  // "Added" line (and its Undo) and the other suggestions stay in view.
  const [decidedHere, setDecidedHere] = useState(false);
  const FirstSteps = useFirstSteps(list?.length === 0);
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
      {FirstSteps && (list?.length === 0 || decidedHere) && <FirstSteps onDecided={() => setDecidedHere(true)} />}
      <QuickNote people={list} onTyping={ready.typing} />
      {/* Read once the first reads are in, like the next 1:1: the box is ready to type first. */}
      {listed && <BackupNag />}
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
