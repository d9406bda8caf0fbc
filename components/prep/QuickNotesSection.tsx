import type { Meeting, Note } from '../../lib/model';
import { timeAgo } from '../../lib/when';

/** Quick notes jotted from the toolbar for this person since the previous 1:1 (read-only here). */
export function QuickNotesSection({ notes, previous, now }: { notes: Note[]; previous?: Meeting; now: number }) {
  return (
    <section aria-labelledby="quick-title" class="card-section">
      <h2 id="quick-title">{previous ? 'Quick notes since your last 1:1' : 'Quick notes'}</h2>
      {notes.length === 0 ? (
        <p class="empty">
          {previous ? 'Nothing jotted since your last 1:1.' : 'Nothing jotted for this person yet.'} Quick notes from
          Upward's toolbar button show here.
        </p>
      ) : (
        <ul class="quick-notes" aria-label="Quick notes">
          {notes.map((note) => (
            <li key={note.id}>
              <div class="quick-text">{note.text}</div>
              <time
                class="muted note-meta"
                dateTime={new Date(note.createdAt).toISOString()}
                title={new Date(note.createdAt).toLocaleString()}
              >
                {timeAgo(note.createdAt, now)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
