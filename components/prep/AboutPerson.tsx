import { aboutOf, type Person, type PersonAbout } from '../../lib/model';
import { useCardStore } from './card-store';
import { SavedText } from './SavedText';

const FIELDS: ReadonlyArray<{ field: keyof PersonAbout; label: string; placeholder: string }> = [
  { field: 'goals', label: 'Their goals', placeholder: 'What they are trying to achieve; the result they are held to' },
  { field: 'pressures', label: 'Their pressures', placeholder: 'What is landing on them from above and around' },
  {
    field: 'style',
    label: 'Their working style',
    placeholder: 'How they like to hear news, decide, be disagreed with',
  },
  {
    field: 'needsFromMe',
    label: 'What they need from me',
    placeholder: 'Their answer to the flip side, in their words',
  },
];

/**
 * Practice 3: a few lines on the person's world, kept with the person (not the meeting). Shown in
 * the card's "About" fold; no "2 of 4 filled" meter: a person is not a form to complete.
 */
export function AboutPerson({ person }: { person: Person }) {
  const cardStore = useCardStore();
  const about = aboutOf(person);
  return (
    <>
      {FIELDS.map(({ field, label, placeholder }) => (
        <div key={field} class="about-field">
          <label class="about-label" for={`about-${field}`}>
            {label}
          </label>
          <SavedText
            id={`about-${field}`}
            field={`person:${person.id}:${field}`}
            value={about[field]}
            placeholder={placeholder}
            save={(text) => cardStore.call('people.setAbout', person.id, field, text)}
          />
        </div>
      ))}
    </>
  );
}
