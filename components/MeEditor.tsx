import { useEffect, useState } from 'preact/hooks';
import { settings } from '../lib/db';
import { parseList } from './lists';
import { useLive } from './useLive';

/** Who "you" are on the calendar: how Upward tells you apart from your guests. */
export function MeEditor() {
  const me = useLive(() => settings.getMe(), ['settings']);
  const [name, setName] = useState('');
  const [emails, setEmails] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (me.status !== 'ready') return;
    setName(me.value.name);
    setEmails(me.value.emails.join(', '));
  }, [me.status === 'ready' ? me.value : null]);

  return (
    <form
      aria-labelledby="me-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void settings
          .set('me', { name: name.trim(), emails: parseList(emails).map((e) => e.toLowerCase()) })
          .then(() => setStatus('Saved.'));
      }}
    >
      <h2 id="me-heading">You</h2>
      <label for="me-name">Your name</label>
      <input id="me-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      <label for="me-emails">Your email addresses (comma separated)</label>
      <input id="me-emails" type="text" value={emails} onInput={(e) => setEmails(e.currentTarget.value)} />
      <p class="row">
        <button type="submit" class="primary">
          Save
        </button>
        <span role="status">{status}</span>
      </p>
    </form>
  );
}
