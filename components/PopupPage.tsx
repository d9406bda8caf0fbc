import { browser } from 'wxt/browser';
import { people } from '../lib/db';
import { QuickNote } from './QuickNote';
import { RecentNotes } from './RecentNotes';
import { useLive } from './useLive';

export function PopupPage() {
  const everyone = useLive(() => people.sorted(), ['people']);
  if (everyone.status === 'loading') return <main class="popup" aria-busy="true" />;
  if (everyone.status === 'error') return <p role="alert">Upward could not open its data: {everyone.error}</p>;
  const names = new Map(everyone.value.map((person) => [person.id, person.name]));
  return (
    <main class="popup">
      <h1>Upward</h1>
      {everyone.value.length === 0 && (
        <p>
          Tell Upward who your manager is and it will spot your 1:1s.{' '}
          <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
            Set up
          </button>
        </p>
      )}
      <QuickNote people={everyone.value} />
      <h2>Recent</h2>
      <RecentNotes names={names} />
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </p>
    </main>
  );
}
