import { useEffect, useState } from 'preact/hooks';
import { people, settings } from '../../lib/db';
import { isEmail } from '../../lib/db/people-admin';
import { cleanText } from '../../lib/db/store';
import { PERSON_LIMITS } from '../../lib/model';
import type { MeSuggestion } from '../../lib/suggestions/types';
import { parseList } from './lists';
import { useLive } from './useLive';

/** What is wrong with "your" emails, or '' when they can be saved. */
async function emailProblem(emails: string[]): Promise<string> {
  if (emails.length > PERSON_LIMITS.emails)
    return `That is ${emails.length} addresses; Upward keeps at most ${PERSON_LIMITS.emails}.`;
  const bad = emails.filter((email) => !isEmail(email));
  if (bad.length) return `Not an email address: ${bad.join(', ')}`;
  const everyone = await people.all();
  for (const email of emails) {
    const owner = everyone.find((person) => person.emails.includes(email));
    if (owner) return `${email} belongs to ${owner.name} (see People): a 1:1 needs you and them apart.`;
  }
  return '';
}

/**
 * Who "you" are on the calendar: how Upward tells you apart from your guests. Settings and the
 * welcome page both use it. A field still empty in the store is filled from the calendar's
 * suggestion (the signed-in account) until the user types in it; nothing is saved until they do.
 */
export function MeForm(props: { suggestion?: MeSuggestion | null; submitLabel?: string; onSaved?: () => void }) {
  const me = useLive(() => settings.getMe(), ['settings']);
  const [name, setName] = useState('');
  const [emails, setEmails] = useState('');
  const [typed, setTyped] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const stored = me.status === 'ready' ? me.value : null;
  const suggestion = props.suggestion ?? null;

  useEffect(() => {
    if (!stored || typed) return;
    setName(stored.name || suggestion?.name || '');
    setEmails((stored.emails.length ? stored.emails : (suggestion?.emails ?? [])).join(', '));
  }, [JSON.stringify(stored), JSON.stringify(suggestion), typed]);

  const filledIn = Boolean(
    stored &&
      !typed &&
      suggestion &&
      ((!stored.name && suggestion.name) || (!stored.emails.length && suggestion.emails.length)),
  );

  const save = async () => {
    const list = [...new Set(parseList(emails).map((e) => e.toLowerCase()))];
    const found = await emailProblem(list);
    setProblem(found);
    if (found) {
      setStatus('');
      document.getElementById('me-emails')?.focus();
      return;
    }
    await settings.set('me', { name: cleanText(name), emails: list });
    setTyped(false);
    setStatus('Saved.');
    props.onSaved?.();
  };
  const edit = (set: (value: string) => void) => (event: { currentTarget: HTMLInputElement }) => {
    set(event.currentTarget.value);
    setTyped(true);
    setStatus('');
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {filledIn && suggestion && (
        <p class="filled-in">
          Filled in from {suggestion.evidence}. Check it, then save: nothing is kept until you do.
        </p>
      )}
      <label for="me-name">Your name</label>
      <input id="me-name" type="text" dir="auto" maxLength={1000} value={name} onInput={edit(setName)} />
      <label for="me-emails">Your email addresses (comma separated)</label>
      <input
        id="me-emails"
        type="text"
        dir="auto"
        value={emails}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'me-emails-error' : 'me-emails-hint'}
        onInput={edit(setEmails)}
      />
      {problem ? (
        <p id="me-emails-error" role="alert" class="field-error">
          {problem}
        </p>
      ) : (
        <p id="me-emails-hint" class="muted hint">
          Work and personal addresses both count.
        </p>
      )}
      <p class="row">
        <button type="submit" class="primary">
          {props.submitLabel ?? 'Save'}
        </button>
        <span role="status">{status}</span>
      </p>
    </form>
  );
}
