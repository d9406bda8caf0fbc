import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openPrep } from '../../lib/background/open-prep';
import { nextOneOnOne, type UpcomingOneOnOne } from '../../lib/db/upcoming';
import { historyHref } from '../../lib/history/page';
import { meetingWhenInWords } from '../../lib/quick-note/when-words';
import { toRaiseWords } from '../../lib/to-raise';
import { useLive } from '../shared/useLive';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A 1:1 starting within this long leads the popup, with its top three items. */
export const SOON_MS = 30 * 60_000;

/** Whether the next 1:1 is about to start (or under way): then it leads the popup. */
export function isSoon(next: Pick<UpcomingOneOnOne, 'startMs'> | null | undefined, now: number): boolean {
  return !!next && next.startMs - now < SOON_MS;
}

/**
 * The next recognised 1:1 at a glance, with the way into its prep; quiet when there is none.
 * `paused` holds the read back (the popup reads its recent list first). When it starts within
 * half an hour it leads the popup (`onSoon`) and lists the first three things to raise.
 */
export function NextOneOnOne({ paused = false, onSoon }: { paused?: boolean; onSoon?: (soon: boolean) => void }) {
  return (
    <section class="next" aria-labelledby="next-heading">
      <h2 id="next-heading">Next 1:1</h2>
      {paused ? <p class="empty">Looking…</p> : <NextDetails onSoon={onSoon} />}
    </section>
  );
}

function NextDetails({ onSoon }: { onSoon?: (soon: boolean) => void }) {
  const next = useLive(() => nextOneOnOne(), ['meetings', 'people', 'needs', 'questions', 'commitments']);
  // "in 5 min" goes stale while the popup stays open: redraw each minute.
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const found = next.status === 'ready' ? next.value : null;
  const soon = isSoon(found, now);
  useEffect(() => onSoon?.(soon), [soon]);

  if (next.status === 'loading') return <p class="empty">Looking…</p>;
  if (next.status === 'error') return <p role="alert">Could not read your meetings: {next.error}</p>;
  if (!found)
    return <p class="empty">None coming up that Upward has seen. Open your calendar and it will spot them.</p>;
  const promised = found.openCommitments.mine + found.openCommitments.theirs;
  return (
    <div class="next-card">
      <p class="next-who">
        <bdi>{found.person.name}</bdi>{' '}
        <span class="muted">· {meetingWhenInWords(found.startMs, now, undefined, found.endMs)}</span>
      </p>
      <p class="muted">
        {toRaiseWords(found.toRaise)}
        {promised > 0 && ` · ${plural(promised, 'open commitment', 'open commitments')}`}
      </p>
      {soon && found.top.length > 0 && (
        <ol class="next-top" aria-label="First to raise">
          {found.top.map((item, index) => (
            <li key={index} dir="auto">
              {item.text}
            </li>
          ))}
        </ol>
      )}
      <div class="row">
        {/* Like a reminder's click: the card on the calendar tab that shows the meeting, else a tab. */}
        <button type="button" class={soon ? 'primary' : ''} onClick={() => void openPrep(found.meeting.id)}>
          Open prep
        </button>
        <button
          type="button"
          class="link"
          onClick={() => void browser.tabs.create({ url: `/${historyHref(found.person.id)}` })}
        >
          History
        </button>
      </div>
    </div>
  );
}
