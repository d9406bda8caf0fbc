import { useState } from 'preact/hooks';
import { people, settings } from '../../lib/db';
import { hasProblems, type PersonDraft, type PersonProblems, validatePerson } from '../../lib/db/people-admin';
import { type Person, RELATIONS, type Relation } from '../../lib/model';
import { parseList } from './lists';

export const RELATION_LABELS: Record<Relation, string> = {
  manager: 'Manager',
  'skip-level': 'Skip-level',
  mentor: 'Mentor',
  other: 'Other',
};

/** The words on each field: adding a person speaks of "them", editing names the fields plainly. */
export interface PersonFormLabels {
  idPrefix: string;
  name: string;
  emails: string;
  aliases: string;
  relation: string;
  submit: string;
}

/**
 * One person's details, checked before saving (lib/db/people-admin.ts says what is wrong).
 * Used to add someone and to edit them in place.
 */
export function PersonForm(props: {
  labels: PersonFormLabels;
  initial?: Person;
  onSave: (draft: PersonDraft) => Promise<unknown>;
  onCancel?: () => void;
  ariaLabel: string;
  heading?: string;
}) {
  const { labels, initial } = props;
  const [name, setName] = useState(initial?.name ?? '');
  const [emails, setEmails] = useState(initial?.emails.join(', ') ?? '');
  const [aliases, setAliases] = useState(initial?.aliases.join(', ') ?? '');
  const [relation, setRelation] = useState<Relation>(initial?.relation ?? 'manager');
  const [problems, setProblems] = useState<PersonProblems>({});
  const id = (field: string) => `${labels.idPrefix}-${field}`;

  const submit = async () => {
    const draft: PersonDraft = { name, emails: parseList(emails), aliases: parseList(aliases), relation };
    // Checked against the store as it is now, not as this page last drew it.
    const [everyone, me] = await Promise.all([people.all(), settings.getMe()]);
    const found = validatePerson(draft, everyone, me, initial?.id);
    setProblems(found);
    if (hasProblems(found)) {
      document.getElementById(id(found.name ? 'name' : found.emails ? 'emails' : 'aliases'))?.focus();
      return;
    }
    await props.onSave(draft);
    if (!initial) {
      setName('');
      setEmails('');
      setAliases('');
    }
  };

  return (
    <form
      aria-label={props.ariaLabel}
      class="person-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && props.onCancel) props.onCancel();
      }}
    >
      {props.heading && <h3>{props.heading}</h3>}
      <label for={id('name')}>{labels.name}</label>
      <input
        id={id('name')}
        type="text"
        dir="auto"
        value={name}
        maxLength={1000}
        aria-invalid={problems.name ? true : undefined}
        aria-describedby={problems.name ? id('name-error') : undefined}
        onInput={(e) => setName(e.currentTarget.value)}
      />
      {problems.name && (
        <p id={id('name-error')} role="alert" class="field-error">
          {problems.name}
        </p>
      )}
      <label for={id('emails')}>{labels.emails}</label>
      <input
        id={id('emails')}
        type="text"
        dir="auto"
        value={emails}
        aria-invalid={problems.emails ? true : undefined}
        aria-describedby={problems.emails ? id('emails-error') : id('emails-hint')}
        onInput={(e) => setEmails(e.currentTarget.value)}
      />
      {problems.emails ? (
        <p id={id('emails-error')} role="alert" class="field-error">
          {problems.emails}
        </p>
      ) : (
        <p id={id('emails-hint')} class="muted hint">
          The strongest sign of a 1:1: a meeting with exactly you and one of these addresses.
        </p>
      )}
      <label for={id('aliases')}>{labels.aliases}</label>
      <input
        id={id('aliases')}
        type="text"
        dir="auto"
        value={aliases}
        aria-invalid={problems.aliases ? true : undefined}
        aria-describedby={problems.aliases ? id('aliases-error') : undefined}
        onInput={(e) => setAliases(e.currentTarget.value)}
      />
      {problems.aliases && (
        <p id={id('aliases-error')} role="alert" class="field-error">
          {problems.aliases}
        </p>
      )}
      <label for={id('relation')}>{labels.relation}</label>
      <select id={id('relation')} value={relation} onChange={(e) => setRelation(e.currentTarget.value as Relation)}>
        {RELATIONS.map((value) => (
          <option key={value} value={value}>
            {RELATION_LABELS[value]}
          </option>
        ))}
      </select>
      {relation === 'other' && (
        <p class="muted hint">
          Upward prepares you for 1:1s with a manager, skip-level or mentor, not with “other” people.
        </p>
      )}
      <p class="row">
        <button type="submit" class="primary">
          {labels.submit}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
