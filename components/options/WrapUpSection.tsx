import { browser } from 'wxt/browser';
import { historyHref } from '../../lib/history/page';
import { Toggle } from './fields';
import { Section } from './Section';
import { useSetting } from './useSetting';

/** The question after each 1:1, and the way to the history page. */
export function WrapUpSection() {
  const { value, change, note } = useSetting('wrapUp');
  return (
    <Section
      id="after"
      title="After the 1:1"
      note={note}
      intro="A thirty-second wrap-up: what was raised or met, the answers, what was promised either way, how it felt."
    >
      {value && (
        <Toggle
          id="wrap-up-notify"
          label="Ask how it went when a 1:1 ends"
          hint="A notification when a recognised 1:1 ends (not during quiet hours, set under Reminders). The prep card offers the wrap-up at any time."
          checked={value.notify}
          onChange={(on) => void change((w) => ({ ...w, notify: on }))}
        />
      )}
      <p>
        <button type="button" onClick={() => void browser.tabs.create({ url: `/${historyHref()}` })}>
          Open history and search
        </button>
      </p>
    </Section>
  );
}
