import { useRef, useState } from 'preact/hooks';
import { evidenceMarkdown } from '../../lib/history/evidence';
import { loadPersonRecords } from '../../lib/history/load';
import type { Person } from '../../lib/model';
import { localDay } from '../../lib/when';
import { downloadText, fileSafe } from '../shared/download';

/**
 * Evidence for a review: needs met, commitments delivered (yours and theirs) and notes marked
 * as wins, for one person or everyone, between two dates, as Markdown. "About them" is never in it.
 */
export function Evidence({ everyone, person, now }: { everyone: Person[]; person?: Person; now: number }) {
  const sixMonthsAgo = new Date(now);
  sixMonthsAgo.setMonth(sixMonthsAgo.getMonth() - 6);
  const [from, setFrom] = useState(localDay(sixMonthsAgo.getTime()));
  const [to, setTo] = useState(localDay(now));
  const [who, setWho] = useState(person?.id ?? 'everyone');
  const [status, setStatus] = useState('');
  const busy = useRef(false);

  async function make(): Promise<string | null> {
    if (!from || !to || from > to) {
      setStatus('Pick a start date on or before the end date.');
      return null;
    }
    const chosen = who === 'everyone' ? everyone : everyone.filter((p) => p.id === who);
    const sources = (await Promise.all(chosen.map((p) => loadPersonRecords(p.id)))).flatMap((records) =>
      records ? [records] : [],
    );
    return evidenceMarkdown(sources, { from, to });
  }

  return (
    <section aria-labelledby="h-evidence" class="panel">
      <h3 id="h-evidence">Evidence for reviews</h3>
      <p class="muted">
        Needs met, commitments delivered and notes you marked as wins, as Markdown. Your private notes about them are
        never included.
      </p>
      <form
        class="row wrap evidence-form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (busy.current) return;
          busy.current = true;
          try {
            const markdown = await make();
            if (!markdown) return;
            const name =
              who === 'everyone' ? 'everyone' : fileSafe(everyone.find((p) => p.id === who)?.name ?? 'person');
            downloadText(`upward-evidence-${name}-${from}-to-${to}.md`, markdown, 'text/markdown');
            setStatus('Downloaded.');
          } finally {
            busy.current = false;
          }
        }}
      >
        <label>
          From <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} required />
        </label>
        <label>
          To <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} required />
        </label>
        <label>
          For{' '}
          <select value={who} onChange={(e) => setWho(e.currentTarget.value)}>
            <option value="everyone">Everyone</option>
            {everyone.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Export evidence (Markdown)</button>
      </form>
      <p role="status">{status}</p>
    </section>
  );
}
