import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { people, settings } from '../../lib/db';
import { RELATION_LABELS } from '../shared/PersonForm';
import { useLive } from '../shared/useLive';

const DEFAULT_SHORTCUT = 'Alt+Shift+U';

/** The shortcut that opens quick notes, as the browser has it now (the user may have changed it). */
function useShortcut(): string {
  const [shortcut, setShortcut] = useState(DEFAULT_SHORTCUT);
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((commands) => {
        const action = commands.find((command) => command.name === '_execute_action');
        if (action) setShortcut(action.shortcut || 'not set (choose one in the browser’s extension shortcuts)');
      })
      .catch(() => {});
  }, []);
  return shortcut;
}

async function closeThisTab(): Promise<void> {
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/** Step 3: what Upward does from here, and what it knows so far. */
export function NextStep({ onBack }: { onBack: () => void }) {
  const known = useLive(
    async () => ({ me: await settings.getMe(), everyone: await people.sorted() }),
    ['people', 'settings'],
  );
  const shortcut = useShortcut();
  const upward = known.status === 'ready' ? known.value.everyone.filter((p) => p.relation !== 'other') : [];
  const me = known.status === 'ready' ? known.value.me : null;
  return (
    <>
      <ol class="next-list">
        <li>
          <strong>Open your calendar.</strong> Each 1:1 with your people gets a small ↑ badge in its corner. Click it,
          or Tab to it and press Enter: your prep card opens beside the meeting, with what you need from them, your
          questions and a short checklist.
        </li>
        <li>
          <strong>Between meetings</strong>, the Upward toolbar button (or <kbd>{shortcut}</kbd>) takes a quick note and
          files it under the right person.
        </li>
        <li>
          <strong>Before each 1:1</strong>, a reminder: 10 minutes ahead unless you choose otherwise.
        </li>
      </ol>
      <section aria-labelledby="known-heading" class="known">
        <h3 id="known-heading">What Upward knows so far</h3>
        {known.status === 'ready' && (
          <ul class="plain">
            <li>
              You:{' '}
              {me?.name || me?.emails.length ? (
                <bdi>{[me.name, me.emails.join(', ')].filter(Boolean).join(' · ')}</bdi>
              ) : (
                <span class="muted">not set yet (step 1)</span>
              )}
            </li>
            <li>
              Your 1:1s with:{' '}
              {upward.length ? (
                upward.map((person, i) => (
                  <span key={person.id}>
                    {i > 0 && ', '}
                    <bdi>{person.name}</bdi> ({RELATION_LABELS[person.relation].toLowerCase()})
                  </span>
                ))
              ) : (
                <span class="muted">nobody yet: no badges until you add someone (step 2)</span>
              )}
            </li>
          </ul>
        )}
        <p class="muted">Everything stays on this computer. Change any of it in settings.</p>
      </section>
      <p class="step-actions row wrap">
        <button type="button" onClick={onBack}>
          Back
        </button>
        <span class="grow" />
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open settings
        </button>
        <button type="button" class="primary" onClick={() => void closeThisTab()}>
          Done
        </button>
      </p>
    </>
  );
}
