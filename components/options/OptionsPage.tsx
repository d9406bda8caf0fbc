import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { ChecklistSection } from './ChecklistSection';
import { MeEditor } from './MeEditor';
import { PeopleEditor } from './PeopleEditor';
import { PrepSection } from './PrepSection';
import { RecognitionSection } from './RecognitionSection';
import { RemindersSection } from './RemindersSection';
import { SettingsNav } from './SettingsNav';
import { SharingSection } from './SharingSection';
import { WrapUpSection } from './WrapUpSection';

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
        <WrapUpSection />
        <SharingSection />
        <ChecklistSection />
        <AppearanceSection />
        <BackupSection />
      </main>
    </div>
  );
}
