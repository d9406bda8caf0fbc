import { aboutOf, type Person, type PersonAbout, type Relation } from '../model';
import { checkLength, cleanText, newId, storeRepository } from './store';

export interface PersonInput {
  name: string;
  emails?: string[];
  aliases?: string[];
  relation: Relation;
}

const base = storeRepository('people');

export const people = {
  ...base,
  async add(input: PersonInput, now = Date.now()): Promise<Person> {
    const name = cleanText(input.name);
    if (!name) throw new Error('A person needs a name.');
    return base.put({
      id: newId(),
      name,
      emails: (input.emails ?? []).map((email) => email.trim().toLowerCase()).filter(Boolean),
      aliases: (input.aliases ?? []).map(cleanText).filter(Boolean),
      relation: input.relation,
      createdAt: now,
      updatedAt: now,
    });
  },
  /** People sorted for pickers: managers first, then by name. */
  async sorted(): Promise<Person[]> {
    const order: Record<Relation, number> = { manager: 0, 'skip-level': 1, mentor: 2, other: 3 };
    const all = await base.all();
    return all.sort((a, b) => order[a.relation] - order[b.relation] || a.name.localeCompare(b.name));
  },
  /**
   * Saves one field of what the user understands about the person, as typed, in one
   * transaction (the settings page may be saving their name at the same moment).
   */
  async setAbout(id: string, field: keyof PersonAbout, value: string, now = Date.now()): Promise<Person | undefined> {
    checkLength(value, 'This text');
    return base.update(
      id,
      (person) => {
        const about = aboutOf(person);
        return about[field] === value ? undefined : { ...person, about: { ...about, [field]: value }, updatedAt: now };
      },
      'This person was removed in Settings, so what you typed here is not saved.',
    );
  },
};
