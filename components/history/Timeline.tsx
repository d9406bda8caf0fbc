import { useState } from 'preact/hooks';
import { meetings, notes } from '../../lib/db';
import { meantToBringUpMarkdown } from '../../lib/history/brought-up';
import type { MeetingEntry, TimelineEntry } from '../../lib/history/timeline';
import type { Need, Person, Question } from '../../lib/model';
import { describeMeetingTime } from '../../lib/prep/meeting-time';
import { wallTimeToMs } from '../../lib/wall-time';
import { shortDate } from '../../lib/when';
import { copyText } from '../shared/copy';

interface Props {
  entries: TimelineEntry[];
  person?: Person;
  /** For "What I meant to bring up" on a cancelled 1:1: what is still open now. */
  openNeeds: Need[];
  openQuestions: Question[];
  now: number;
}

const STATE_WORDS = { held: '', cancelled: 'Cancelled', declined: 'Declined' } as const;

/** Past 1:1s and the quick notes between them, newest first. */
export function Timeline({ entries, person, openNeeds, openQuestions, now }: Props) {
  if (!entries.length) return <p class="empty">No past 1:1s or notes yet. They show here after your first 1:1.</p>;
  return (
    <ol class="timeline" aria-label="Timeline">
      {entries.map((entry) =>
        entry.kind === 'note' ? (
          <li key={entry.note.id} id={`note-${entry.note.id}`} tabIndex={-1} class="tl-note">
            <p class="tl-when">
              <span class="tag">Quick note</span> <time>{shortDate(entry.at, now)}</time>
              <WinToggle win={entry.note.win === true} onChange={(win) => void setNoteWin(entry.note.id, win)} />
            </p>
            <p class="tl-text" dir="auto">
              {entry.note.text}
            </p>
          </li>
        ) : (
          <MeetingItem
            key={entry.meeting.id}
            entry={entry}
            person={person}
            openNeeds={openNeeds}
            openQuestions={openQuestions}
            now={now}
          />
        ),
      )}
    </ol>
  );
}

async function setNoteWin(id: string, win: boolean) {
  await notes.update(id, (note) => {
    if ((note.win === true) === win) return undefined;
    const next = { ...note };
    if (win) next.win = true;
    else delete next.win;
    return next;
  });
}

async function setMeetingWin(id: string, win: boolean) {
  await meetings.update(id, (meeting) => {
    if ((meeting.win === true) === win) return undefined;
    const next = { ...meeting, updatedAt: Date.now() };
    if (win) next.win = true;
    else delete next.win;
    return next;
  });
}

function WinToggle({ win, onChange }: { win: boolean; onChange: (win: boolean) => void }) {
  return (
    <button
      type="button"
      class="link win-toggle"
      aria-pressed={win}
      title="Wins are listed in the evidence for reviews"
      onClick={() => onChange(!win)}
    >
      {win ? '★ A win' : '☆ Mark as a win'}
    </button>
  );
}

function MeetingItem({
  entry,
  person,
  openNeeds,
  openQuestions,
  now,
}: { entry: MeetingEntry } & Omit<Props, 'entries'>) {
  const { meeting, state } = entry;
  const [copied, setCopied] = useState('');
  const moved = wallTimeToMs(meeting.movedFrom);
  const first = person ? person.name.split(' ')[0] || person.name : 'them';
  return (
    <li id={`meeting-${meeting.id}`} tabIndex={-1} class={`tl-meeting tl-meeting--${state}`}>
      <h3 class="tl-when">
        1:1 · {describeMeetingTime(meeting, now)}
        {state !== 'held' && <span class="tag tag--state">{STATE_WORDS[state]}</span>}
        {moved !== null && <span class="tag">Moved from {shortDate(moved, now)}</span>}
        {meeting.mood && <span class="tag">Felt {meeting.mood}/5</span>}
      </h3>
      {meeting.notes.trim() ? (
        <>
          <p class="tl-text" dir="auto">
            {meeting.notes}
          </p>
          <WinToggle win={meeting.win === true} onChange={(win) => void setMeetingWin(meeting.id, win)} />
        </>
      ) : (
        state === 'held' && <p class="muted">No notes.</p>
      )}
      <Facts label="Raised" items={entry.raised.map((need) => need.text)} />
      <Facts label="Met" items={entry.met.map((need) => need.text)} />
      <Facts
        label="Asked"
        items={entry.asked.map((question) =>
          question.answer ? `${question.text} — ${question.answer}` : question.text,
        )}
      />
      <Facts
        label="Promised"
        items={entry.made.map(
          (c) => `${c.owner === 'me' ? 'You' : first}: ${c.text}${c.status !== 'open' ? ` (${c.status})` : ''}`,
        )}
      />
      <Facts
        label="Closed"
        items={entry.closed.map((c) => `${c.owner === 'me' ? 'You' : first}: ${c.text} (${c.status})`)}
      />
      {entry.ticks.length > 0 && <p class="muted tl-ticks">Checklist: {entry.ticks.join(' · ')}</p>}
      {entry.notes.map((note) => (
        <p key={note.id} id={`note-${note.id}`} tabIndex={-1} class="tl-text tl-filed">
          <span class="tag">Quick note</span> <bdi>{note.text}</bdi>
        </p>
      ))}
      {state !== 'held' && person && (
        <details>
          <summary>What I meant to bring up</summary>
          <pre class="md">
            {meantToBringUpMarkdown({
              personName: person.name,
              meeting,
              needs: openNeeds,
              questions: openQuestions,
              now,
            })}
          </pre>
          <button
            type="button"
            onClick={async () => {
              const text = meantToBringUpMarkdown({
                personName: person.name,
                meeting,
                needs: openNeeds,
                questions: openQuestions,
                now,
              });
              setCopied((await copyText(text)) ? 'Copied.' : 'Select the text and copy it.');
            }}
          >
            Copy as Markdown
          </button>{' '}
          <span role="status">{copied}</span>
        </details>
      )}
    </li>
  );
}

function Facts({ label, items }: { label: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div class="tl-facts">
      <span class="tl-fact-label">{label}:</span>
      <ul>
        {items.map((text, i) => (
          <li key={`${i}-${text}`} dir="auto">
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
