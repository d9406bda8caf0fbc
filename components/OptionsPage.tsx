import { MeEditor } from './MeEditor';
import { AppearanceSection } from './options/AppearanceSection';
import { BackupSection } from './options/BackupSection';
import { ChecklistSection } from './options/ChecklistSection';
import { PrepSection } from './options/PrepSection';
import { RecognitionSection } from './options/RecognitionSection';
import { RemindersSection } from './options/RemindersSection';
import { SettingsNav } from './options/SettingsNav';
import { PeopleEditor } from './PeopleEditor';

/** Settings: every section saves as you change it; nothing here leaves this machine. */
export function OptionsPage() {
  return (
    <div class="options-layout">
      <header class="options-header">
        <h1>Upward settings</h1>
        <p class="muted">Everything here stays in this browser, on this machine. Most changes save as you make them.</p>
      </header>
      <SettingsNav />
      <main class="options">
        <MeEditor />
        <PeopleEditor />
        <RecognitionSection />
        <PrepSection />
        <RemindersSection />
        <ChecklistSection />
        <AppearanceSection />
        <BackupSection />
      </main>
    </div>
  );
}
