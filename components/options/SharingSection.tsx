import { Toggle } from './fields';
import { Section } from './Section';
import { useSetting } from './useSetting';

/** What others may see when the screen is shared in the very meeting Upward reminds you of. */
export function SharingSection() {
  const { value, change, note } = useSetting('privacy');
  return (
    <Section
      id="sharing"
      title="Screen sharing"
      note={note}
      intro="Reminders pop up over whatever you are showing, often in the very meeting they are about."
    >
      {value && (
        <Toggle
          id="names-in-notifications"
          label="Name the person in notifications"
          hint="Off: “Your 1:1 in 10 min” and “How did your 1:1 go?”, with no name."
          checked={value.namesInNotifications}
          onChange={(on) => void change((p) => ({ ...p, namesInNotifications: on }))}
        />
      )}
    </Section>
  );
}
