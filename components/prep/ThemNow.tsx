import { useState } from 'preact/hooks';
import { aboutOf, type ChecklistItem, type Meeting, type Note, type Person } from '../../lib/model';
import { briefNotes, themInOneLine } from '../../lib/prep/brief';
import { firstName, relationWords } from '../../lib/prep/relation-words';
import { timeAgo } from '../../lib/when';
import { TickBox } from './ChecklistSection';
import { Sentence } from './Sentence';

interface Props {
  person: Person;
  meeting: Meeting;
  notes: Note[];
  /** The checklist's one line for this 1:1 (the full list is folded below). */
  line?: ChecklistItem;
  now: number;
}

/** "Them right now": the newest quick notes, their pressures and style in a line, one checklist reminder. */
export function ThemNow({ person, meeting, notes, line, now }: Props) {
  const first = firstName(person.name);
  const [all, setAll] = useState(false);
  const { shown, more } = briefNotes(notes);
  const list = all ? notes : shown;
  const about = themInOneLine(aboutOf(person));
  return (
    <section aria-labelledby="them-title" class="card-section brief-part them-now">
      <h2 id="them-title">
        <Sentence text="{name} right now" name={first} />
      </h2>
      {notes.length === 0 && about.length === 0 && (
        <p class="hint">
          <Sentence text={relationWords(person.relation).emptyThem} name={first} />
        </p>
      )}
      {list.length > 0 && (
        <ul class="quick-notes" aria-label="Quick notes">
          {list.map((note) => (
            <li key={note.id}>
              <span class="quick-text" dir="auto">
                {note.text}
              </span>{' '}
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
      {more > 0 && !all && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {more} more {more === 1 ? 'note' : 'notes'}
        </button>
      )}
      {about.length > 0 && (
        <p class="them-line">
          {about.map((part, index) => (
            <span key={part.label}>
              {index > 0 && ' · '}
              <span class="chip">{part.label}</span> <span dir="auto">{part.text}</span>
            </span>
          ))}
        </p>
      )}
      {line && <ChecklistLine meeting={meeting} item={line} />}
    </section>
  );
}

/** One item of the empathy checklist, a different one for each 1:1, ticked like the full list. */
function ChecklistLine({ meeting, item }: { meeting: Meeting; item: ChecklistItem }) {
  return (
    <p class="checklist-line">
      <TickBox
        meeting={meeting}
        item={item}
        id="checklist-line"
        before={<span class="muted">Before you go in: </span>}
      />
    </p>
  );
}
