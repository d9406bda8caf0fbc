import { MeForm } from '../shared/MeForm';
import { useSuggestions } from '../shared/useSuggestions';
import { Section } from './Section';

/** Settings › You: the user's name and addresses, filled in from the calendar while still empty. */
export function MeEditor() {
  const suggestions = useSuggestions();
  return (
    <Section
      id="you"
      title="You"
      intro="How the calendar shows you, so Upward can tell you apart from the other guest."
    >
      <MeForm suggestion={suggestions.status === 'ready' ? suggestions.value.me : null} />
    </Section>
  );
}
