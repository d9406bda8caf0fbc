import { useRef, useState } from 'preact/hooks';
import { people } from '../../lib/db';
import {
  dataOf,
  type PersonData,
  type RemovedPerson,
  removePerson,
  restorePerson,
  totalOf,
  updatePerson,
} from '../../lib/db/people-admin';
import type { Person } from '../../lib/model';
import { PersonForm, RELATION_LABELS } from '../shared/PersonForm';
import { SuggestedPeople } from '../shared/SuggestedPeople';
import { UndoBar } from '../shared/UndoBar';
import { useLive } from '../shared/useLive';
import { useSuggestions } from '../shared/useSuggestions';
import { RemovePersonConfirm } from './RemovePerson';
import { Section } from './Section';
import { useSaved } from './useSaved';

type Mode = { kind: 'view' } | { kind: 'edit'; id: string } | { kind: 'confirm'; id: string; data: PersonData };

const ADD_LABELS = {
  idPrefix: 'person',
  name: 'Their name',
  emails: 'Their email addresses (comma separated)',
  aliases: 'Other names on the calendar (comma separated)',
  relation: 'They are your',
  submit: 'Add person',
};
const EDIT_LABELS = {
  idPrefix: 'edit-person',
  name: 'Name',
  emails: 'Email addresses (comma separated)',
  aliases: 'Also shown on the calendar as (comma separated)',
  relation: 'Relation',
  submit: 'Apply changes',
};

/** The people whose 1:1s Upward prepares you for: add, edit in place, remove with Undo. */
export function PeopleEditor() {
  const everyone = useLive(() => people.sorted(), ['people']);
  const suggestions = useSuggestions();
  const suggested = suggestions.status === 'ready' ? suggestions.value.people : [];
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [removed, setRemoved] = useState<RemovedPerson | null>(null);
  const [note, flash] = useSaved();
  const list = everyone.status === 'ready' ? everyone.value : [];
  const undoButton = useRef<HTMLButtonElement>(null);

  const remove = async (person: Person) => {
    const data = await dataOf(person.id);
    if (totalOf(data) > 0) setMode({ kind: 'confirm', id: person.id, data });
    else await confirmRemove(person.id);
  };
  const confirmRemove = async (id: string) => {
    const taken = await removePerson(id);
    setMode({ kind: 'view' });
    if (taken) {
      setRemoved(taken);
      // The row (and the focused button) is gone: keep the keyboard user next to Undo.
      requestAnimationFrame(() => undoButton.current?.focus());
    }
  };
  const backTo = (id: string) => {
    setMode({ kind: 'view' });
    requestAnimationFrame(() => document.getElementById(`edit-${id}`)?.focus());
  };

  return (
    <Section
      id="people"
      title="People"
      note={note}
      intro="Your manager, skip-level and mentors: Upward recognises 1:1s with them and prepares you for each."
    >
      {everyone.status === 'ready' && list.length === 0 && (
        <p class="empty">
          {suggested.length > 0
            ? 'Nobody yet. Add someone your calendar suggests, below, or anyone by hand.'
            : 'Nobody yet. Open your calendar in another tab and Upward will suggest who you have 1:1s with; or add your manager below.'}
        </p>
      )}
      {everyone.status === 'ready' && (
        <ul class="plain people-list" aria-label="People">
          {list.map((person) =>
            mode.kind === 'edit' && mode.id === person.id ? (
              <li key={person.id}>
                <PersonForm
                  ariaLabel={`Edit ${person.name}`}
                  labels={EDIT_LABELS}
                  initial={person}
                  onCancel={() => backTo(person.id)}
                  onSave={async (draft) => {
                    await updatePerson(person.id, draft);
                    flash();
                    backTo(person.id);
                  }}
                />
              </li>
            ) : (
              <li key={person.id}>
                <div class="row wrap">
                  <span class="grow">
                    <strong>
                      <bdi>{person.name}</bdi>
                    </strong>{' '}
                    <span class="badge">{RELATION_LABELS[person.relation]}</span>
                    {person.emails.length > 0 && <span class="muted"> · {person.emails.join(', ')}</span>}
                    {person.aliases.length > 0 && <span class="muted"> · also “{person.aliases.join('”, “')}”</span>}
                    {person.emails.length === 0 && (
                      <span class="muted"> · no email yet: only titles can point to them</span>
                    )}
                  </span>
                  <button
                    type="button"
                    id={`edit-${person.id}`}
                    onClick={() => setMode({ kind: 'edit', id: person.id })}
                  >
                    Edit<span class="sr-only"> {person.name}</span>
                  </button>
                  <button type="button" class="danger" onClick={() => void remove(person)}>
                    Remove<span class="sr-only"> {person.name}</span>
                  </button>
                </div>
                {mode.kind === 'confirm' && mode.id === person.id && (
                  <RemovePersonConfirm
                    person={person}
                    data={mode.data}
                    onConfirm={() => void confirmRemove(person.id)}
                    onCancel={() => backTo(person.id)}
                  />
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {removed && (
        <UndoBar
          removal={removed}
          buttonRef={undoButton}
          onUndo={() => {
            void restorePerson(removed);
            setRemoved(null);
          }}
          onExpire={() => setRemoved(null)}
        >
          Removed {removed.person.name}
          {removed.needs.length + removed.questions.length + removed.notes.length + removed.meetings.length > 0
            ? ' and their data.'
            : '.'}
        </UndoBar>
      )}
      <SuggestedPeople
        suggestions={suggested}
        idPrefix="settings-suggested"
        label="Suggested from your calendar"
        heading={
          <>
            <h3>Suggested from your calendar</h3>
            <p class="muted hint">
              From calendar pages you opened, worked out on this computer; nothing is sent anywhere.
            </p>
          </>
        }
      />
      <PersonForm
        ariaLabel="Add a person"
        heading="Add a person"
        labels={ADD_LABELS}
        onSave={(draft) => people.add(draft)}
      />
    </Section>
  );
}
