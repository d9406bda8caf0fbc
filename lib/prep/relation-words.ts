import type { Relation } from '../model';

/**
 * What the card says depends on who the 1:1 is with. A manager is asked for what you need to do
 * your best work; a skip-level hears the view from the team and what you want them to see; a
 * mentor is someone to learn from, not someone who judges your work. Names go in as given; the
 * card puts the name where `{name}` stands, wrapped in <bdi> (components/prep/Sentence.tsx), so a
 * right-to-left name does not reorder the sentence around it.
 */
export interface RelationWords {
  /** The empty "To raise": what to write down first. */
  emptyToRaise: string;
  /** A nudge once there are one or two items. */
  fewItems: string;
  /** The add box's placeholder for a need. */
  needPlaceholder: string;
  /** "Them right now" with no quick notes and nothing about them yet. */
  emptyThem: string;
}

const MANAGER: RelationWords = {
  emptyToRaise: `What do you need from {name} to do your best work? Write down about three, honestly, including the uncomfortable ones, like wanting to be told early when {name} is disappointed in your work.`,
  fewItems: 'Aim for about three. The one you hesitate to write is often the one that matters.',
  needPlaceholder: 'I need… (Enter adds it)',
  emptyThem: `Nothing jotted about {name} lately. A line on how they seem this week helps you open with the person, not the agenda.`,
};

const SKIP_LEVEL: RelationWords = {
  emptyToRaise: `What should {name} hear from you that does not reach them otherwise? The team's view, where you want to grow, what would help from further up. Two or three points is plenty.`,
  fewItems: 'Two or three points is plenty for a skip-level.',
  needPlaceholder: 'I want them to know… (Enter adds it)',
  emptyThem: `Nothing jotted about {name} lately. What they are pushing for this quarter makes a good opening.`,
};

const MENTOR: RelationWords = {
  emptyToRaise: `What would you like to learn from {name}? Bring a decision you are facing, a skill you want to grow, or a situation you would like their take on.`,
  fewItems: 'One real situation is often worth more than a list.',
  needPlaceholder: 'I would like their take on… (Enter adds it)',
  emptyThem: `Nothing jotted about {name} lately. What did you try since you last talked?`,
};

const OTHER: RelationWords = {
  emptyToRaise: `What would you like to raise with {name}? Write down the two or three that matter most.`,
  fewItems: 'Two or three points is plenty.',
  needPlaceholder: 'I need… (Enter adds it)',
  emptyThem: `Nothing jotted about {name} lately.`,
};

const BY_RELATION: Record<Relation, RelationWords> = {
  manager: MANAGER,
  'skip-level': SKIP_LEVEL,
  mentor: MENTOR,
  other: OTHER,
};

export const relationWords = (relation: Relation): RelationWords => BY_RELATION[relation] ?? MANAGER;

/** A person's first name as the card uses it in sentences. */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] || name;
