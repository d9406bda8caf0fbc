import { notes } from '../lib/db';
import { timeAgo } from '../lib/when';
import { useLive } from './useLive';

export function RecentNotes({ limit = 8, names }: { limit?: number; names: ReadonlyMap<string, string> }) {
  const recent = useLive(() => notes.recent(limit), ['notes'], [limit]);
  if (recent.status === 'loading') return null;
  if (recent.status === 'error') return <p role="alert">Could not read your notes: {recent.error}</p>;
  if (recent.value.length === 0) return <p class="empty">No notes yet. Your latest ones will show here.</p>;
  return (
    <ul class="plain" aria-label="Recent notes">
      {recent.value.map((note) => (
        <li key={note.id}>
          <div class="note-text">{note.text}</div>
          <div class="muted note-meta">
            {note.personId ? (names.get(note.personId) ?? 'someone removed') : 'general'} ·{' '}
            <time dateTime={new Date(note.createdAt).toISOString()} title={new Date(note.createdAt).toLocaleString()}>
              {timeAgo(note.createdAt)}
            </time>
          </div>
        </li>
      ))}
    </ul>
  );
}
