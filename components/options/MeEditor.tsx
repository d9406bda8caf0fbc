import { useEffect, useState } from 'preact/hooks';
import { people, settings } from '../../lib/db';
import { isEmail } from '../../lib/db/people-admin';
import { cleanText } from '../../lib/db/store';
import { PERSON_LIMITS } from '../../lib/model';
import { useLive } from '../shared/useLive';
import { parseList } from './lists';
import { Section } from './Section';

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

/** Who "you" are on the calendar: how Upward tells you apart from your guests. */
export function MeEditor() {
  const me = useLive(() => settings.getMe(), ['settings']);
  const [name, setName] = useState('');
  const [emails, setEmails] = useState('');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    if (me.status !== 'ready') return;
    setName(me.value.name);
    setEmails(me.value.emails.join(', '));
  }, [me.status === 'ready' ? JSON.stringify(me.value) : null]);

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
    setStatus('Saved.');
  };

  return (
    <Section
      id="you"
      title="You"
      intro="How the calendar shows you, so Upward can tell you apart from the other guest."
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label for="me-name">Your name</label>
        <input
          id="me-name"
          type="text"
          dir="auto"
          maxLength={1000}
          value={name}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setStatus('');
          }}
        />
        <label for="me-emails">Your email addresses (comma separated)</label>
        <input
          id="me-emails"
          type="text"
          dir="auto"
          value={emails}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'me-emails-error' : 'me-emails-hint'}
          onInput={(e) => {
            setEmails(e.currentTarget.value);
            setStatus('');
          }}
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
            Save
          </button>
          <span role="status">{status}</span>
        </p>
      </form>
    </Section>
  );
}
