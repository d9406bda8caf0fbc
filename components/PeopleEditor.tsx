import { useState } from 'preact/hooks';
import { people } from '../lib/db';
import { type Person, RELATIONS, type Relation } from '../lib/model';
import { parseList } from './lists';
import { useLive } from './useLive';

const RELATION_LABELS: Record<Relation, string> = {
  manager: 'Manager',
  'skip-level': 'Skip-level',
  mentor: 'Mentor',
  other: 'Other',
};

/** The people whose 1:1s Upward prepares you for. */
export function PeopleEditor() {
  const everyone = useLive(() => people.sorted(), ['people']);
  const [removed, setRemoved] = useState<Person | null>(null);

  async function remove(person: Person) {
    await people.delete(person.id);
    setRemoved(person);
  }

  return (
    <section aria-labelledby="people-heading">
      <h2 id="people-heading">People</h2>
      {everyone.status === 'ready' && everyone.value.length === 0 && (
        <p class="empty">Nobody yet. Add your manager below to get started.</p>
      )}
      {everyone.status === 'ready' && (
        <ul class="plain" aria-label="People">
          {everyone.value.map((person) => (
            <li key={person.id} class="row">
              <span class="grow">
                <strong>{person.name}</strong> <span class="muted">{RELATION_LABELS[person.relation]}</span>
                {person.emails.length > 0 && <span class="muted"> · {person.emails.join(', ')}</span>}
                {person.aliases.length > 0 && <span class="muted"> · also “{person.aliases.join('”, “')}”</span>}
              </span>
              <button type="button" class="danger" onClick={() => void remove(person)}>
                Remove<span class="sr-only"> {person.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {removed && (
        <p role="status" class="row">
          Removed {removed.name}.
          <button
            type="button"
            onClick={() => {
              void people.put(removed);
              setRemoved(null);
            }}
          >
            Undo
          </button>
        </p>
      )}
      <AddPersonForm />
    </section>
  );
}

function AddPersonForm() {
  const [name, setName] = useState('');
  const [emails, setEmails] = useState('');
  const [aliases, setAliases] = useState('');
  const [relation, setRelation] = useState<Relation>('manager');
  const [error, setError] = useState('');

  return (
    <form
      aria-label="Add a person"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) {
          setError('Give this person a name.');
          return;
        }
        setError('');
        void people.add({ name, emails: parseList(emails), aliases: parseList(aliases), relation }).then(() => {
          setName('');
          setEmails('');
          setAliases('');
        });
      }}
    >
      <h3>Add a person</h3>
      <label for="person-name">Their name</label>
      <input id="person-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="person-emails">Their email addresses (comma separated)</label>
      <input id="person-emails" type="text" value={emails} onInput={(e) => setEmails(e.currentTarget.value)} />
      <label for="person-aliases">Other names on the calendar (comma separated)</label>
      <input id="person-aliases" type="text" value={aliases} onInput={(e) => setAliases(e.currentTarget.value)} />
      <label for="person-relation">They are your</label>
      <select id="person-relation" value={relation} onChange={(e) => setRelation(e.currentTarget.value as Relation)}>
        {RELATIONS.map((value) => (
          <option key={value} value={value}>
            {RELATION_LABELS[value]}
          </option>
        ))}
      </select>
      {error && <p role="alert">{error}</p>}
      <p>
        <button type="submit" class="primary">
          Add person
        </button>
      </p>
    </form>
  );
}
