import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { nextOneOnOne } from '../../lib/db/upcoming';
import { meetingWhenInWords } from '../../lib/quick-note/when-words';
import { useLive } from '../shared/useLive';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The prep card for a meeting, in a tab of its own (the calendar's iframe is not around here).
 * Built on this page's own origin, not `runtime.getURL`: prep.html is web-accessible with
 * `use_dynamic_url`, so Chrome's getURL answers with the per-session dynamic URL, and a tab
 * opened at that URL shows an error page.
 */
export function prepUrl(meetingId: string, origin = location.origin): string {
  return `${origin}/prep.html?meeting=${encodeURIComponent(meetingId)}&mode=tab`;
}

/**
 * The next recognised 1:1 at a glance, with the way into its prep; quiet when there is none.
 * `paused` holds the read back (the popup reads its recent list first).
 */
export function NextOneOnOne({ paused = false }: { paused?: boolean }) {
  return (
    <section class="next" aria-labelledby="next-heading">
      <h2 id="next-heading">Next 1:1</h2>
      {paused ? <p class="empty">Looking…</p> : <NextDetails />}
    </section>
  );
}

function NextDetails() {
  const next = useLive(() => nextOneOnOne(), ['meetings', 'people', 'needs', 'questions', 'commitments']);
  // "in 5 min" goes stale while the popup stays open: redraw each minute.
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  if (next.status === 'loading') return <p class="empty">Looking…</p>;
  if (next.status === 'error') return <p role="alert">Could not read your meetings: {next.error}</p>;
  const found = next.value;
  if (!found)
    return <p class="empty">None coming up that Upward has seen. Open your calendar and it will spot them.</p>;
  return (
    <div class="next-card">
      <p class="next-who">
        <bdi>{found.person.name}</bdi>{' '}
        <span class="muted">· {meetingWhenInWords(found.startMs, now, undefined, found.endMs)}</span>
      </p>
      <p class="muted">
        {plural(found.openNeeds, 'open need', 'open needs')} ·{' '}
        {plural(found.openQuestions, 'open question', 'open questions')} ·{' '}
        {plural(found.openCommitments.mine + found.openCommitments.theirs, 'open commitment', 'open commitments')}
      </p>
      <div class="row">
        <button type="button" onClick={() => void browser.tabs.create({ url: prepUrl(found.meeting.id) })}>
          Open prep
        </button>
        <button
          type="button"
          class="link"
          onClick={() =>
            void browser.tabs.create({ url: `/history.html?person=${encodeURIComponent(found.person.id)}` })
          }
        >
          History
        </button>
      </div>
    </div>
  );
}
