import { useLayoutEffect } from 'preact/hooks';
import { type RecentItem, recentItems } from '../../lib/db/recent';
import type { QuickNoteKind } from '../../lib/model';
import { timeAgo } from '../../lib/when';
import { useLive } from '../shared/useLive';
import { RECENT_LIMIT } from './early-reads';

const KIND_LABELS: Record<QuickNoteKind, string> = { need: 'Need', question: 'Question', note: 'Note' };
/** Long entries show their start; the whole text is in the prep card. */
const SHOWN_CHARS = 240;

export interface RecentNotesProps {
  limit?: number;
  /** Person names by id; null while still loading (the list draws without them). */
  names: ReadonlyMap<string, string> | null;
  /** Called once the list is in the page for the first time (items or its empty state). */
  onListed?: () => void;
  /** The first read, if the page started it early. */
  early?: Promise<RecentItem[]>;
}

/** What was filed lately, newest first, across notes, needs and questions. */
export function RecentNotes({ limit = RECENT_LIMIT, names, onListed, early }: RecentNotesProps) {
  const recent = useLive(() => recentItems(limit), ['notes', 'needs', 'questions'], { first: early });
  const drawn = recent.status !== 'loading';
  // A layout effect: it runs as soon as the list is in the DOM, before the browser paints it.
  useLayoutEffect(() => {
    if (drawn) onListed?.();
  }, [drawn]);

  if (recent.status === 'loading') return <p class="empty">Loading…</p>;
  if (recent.status === 'error') return <p role="alert">Could not read what you filed: {recent.error}</p>;
  if (recent.value.length === 0) {
    return <p class="empty">Nothing filed yet. What you jot above shows here, newest first.</p>;
  }
  return (
    <ul class="plain recent" aria-label="Recent notes">
      {recent.value.map((item) => (
        <li key={`${item.kind}:${item.id}`}>
          <span class={`kind-tag ${item.kind}`}>{KIND_LABELS[item.kind]}</span>{' '}
          <span class="item-text" dir="auto">
            {shorten(item.text)}
          </span>
          <div class="muted note-meta">
            {item.personId ? (
              <bdi>{names ? (names.get(item.personId) ?? 'someone removed') : '…'}</bdi>
            ) : (
              'nobody in particular'
            )}{' '}
            ·{' '}
            <time dateTime={new Date(item.createdAt).toISOString()} title={new Date(item.createdAt).toLocaleString()}>
              {timeAgo(item.createdAt)}
            </time>
          </div>
        </li>
      ))}
    </ul>
  );
}

function shorten(text: string): string {
  if (text.length <= SHOWN_CHARS) return text;
  // Cut on a code point boundary so an emoji is never split in half.
  return `${Array.from(text.slice(0, SHOWN_CHARS + 1))
    .slice(0, SHOWN_CHARS)
    .join('')
    .trimEnd()}…`;
}
