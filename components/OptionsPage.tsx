import { MeEditor } from './MeEditor';
import { PeopleEditor } from './PeopleEditor';

export function OptionsPage() {
  return (
    <main class="options">
      <h1>Upward settings</h1>
      <p class="muted">Everything here stays in this browser, on this machine.</p>
      <MeEditor />
      <PeopleEditor />
    </main>
  );
}
