import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { nextOneOnOne } from '../../lib/db/upcoming';
import { meetingWhenInWords } from '../../lib/quick-note/when-words';
import { useLive } from '../useLive';

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

/** The next recognised 1:1 at a glance, with the way into its prep; quiet when there is none. */
export function NextOneOnOne() {
  const next = useLive(() => nextOneOnOne(), ['meetings', 'people', 'needs', 'questions']);
  // "in 5 min" goes stale while the popup stays open: redraw each minute.
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <section class="next" aria-labelledby="next-heading">
      <h2 id="next-heading">Next 1:1</h2>
      {next.status === 'loading' && <p class="empty">Looking…</p>}
      {next.status === 'error' && <p role="alert">Could not read your meetings: {next.error}</p>}
      {next.status === 'ready' && !next.value && (
        <p class="empty">None coming up that Upward has seen. Open your calendar and it will spot them.</p>
      )}
      {next.status === 'ready' && next.value && (
        <div class="next-card">
          <p class="next-who">
            <bdi>{next.value.person.name}</bdi>{' '}
            <span class="muted">· {meetingWhenInWords(next.value.startMs, now, undefined, next.value.endMs)}</span>
          </p>
          <p class="muted">
            {plural(next.value.openNeeds, 'open need', 'open needs')} ·{' '}
            {plural(next.value.openQuestions, 'open question', 'open questions')}
          </p>
          <button
            type="button"
            onClick={() => {
              const id = next.value?.meeting.id;
              if (id) void browser.tabs.create({ url: prepUrl(id) });
            }}
          >
            Open prep
          </button>
        </div>
      )}
    </section>
  );
}
