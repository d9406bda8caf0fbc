import type { QuestionKind, Relation } from '../model';

/**
 * Which practice (docs/practices.md) a prompt comes from. The last two are for the other kinds of
 * 1:1: learning from a mentor, and the view from further up with a skip-level.
 */
export type PromptPractice =
  | 'flip-side'
  | 'their-world'
  | 'coaching-up'
  | 'tough-conversation'
  | 'learning'
  | 'view-from-above';

export interface Prompt {
  id: string;
  text: string;
  /** The kind of question it becomes when added. */
  kind: QuestionKind;
  practice: PromptPractice;
}

const KIND: Record<PromptPractice, QuestionKind> = {
  // Asking about their side and about their world are both the flip side of "what I need".
  'flip-side': 'flip-side',
  'their-world': 'flip-side',
  'coaching-up': 'coaching',
  // A tough conversation is the user's own point to make.
  'tough-conversation': 'mine',
  learning: 'mine',
  'view-from-above': 'flip-side',
};

/** Plain words for a practice, shown beside each idea (no in-house terms). */
export const PRACTICE_LABEL: Record<PromptPractice, string> = {
  'flip-side': 'Their side',
  'their-world': 'Their world',
  'coaching-up': 'When they are under pressure',
  'tough-conversation': 'Hard to say',
  learning: 'To learn',
  'view-from-above': 'The wider view',
};

/** Upward's own wording of practices 2, 3, 5 and 6, as questions a user can take into the room. */
const BANK: Record<PromptPractice, readonly string[]> = {
  learning: [
    'What would you do in my place, and what would you want to know first?',
    'What do you wish you had known at my stage?',
    'Which skill would make the biggest difference for me over the next year?',
    'How did you decide between the paths you had in front of you?',
  ],
  'view-from-above': [
    'What does the team look like from where you sit?',
    'What is the one thing you would like us to do more of, or stop?',
    'Where is the organisation heading that we may not see yet?',
    'What would make our work more visible to you?',
  ],
  'flip-side': [
    'What do you need from me that you are not getting yet?',
    'What is one thing I could do differently that would make your week easier?',
    'Where would you like me to take more off your plate?',
    'How do you prefer to hear bad news from me: early and rough, or later and complete?',
  ],
  'their-world': [
    'What are you being measured on this quarter, and how can my work move it?',
    'Which result matters most to you right now?',
    'How much room do you have to decide this yourself, and who else has a say?',
    'What is keeping you up at night at the moment?',
    'Could we try this as a small, time-boxed experiment, and agree up front how we will know it worked?',
  ],
  'coaching-up': [
    'That sounds like a lot of pressure. What is driving the timing?',
    'Paint me a picture: how does this play out if we go ahead?',
    'What other options did you consider, and what ruled them out?',
    'Can we walk through the decision together before we commit?',
    'Would it help if I were a sounding board before the next decision like this?',
  ],
  'tough-conversation': [
    'When I saw …, the impact on me was …. That is my view; how do you see it?',
    'I want to talk about something that has been on my mind, and I would like to hear your side first.',
    'I may be missing context: what was your intent when …?',
    'Can we pause and come back to this tomorrow?',
  ],
};

/** Each prompt's id is stable (practice + position) so tests and skips do not depend on wording. */
export const PROMPTS: readonly Prompt[] = (Object.keys(BANK) as PromptPractice[]).flatMap((practice) =>
  BANK[practice].map((text, index) => ({ id: `${practice}-${index + 1}`, text, kind: KIND[practice], practice })),
);

/** Which practices fit which 1:1: a mentor is not your manager, a skip-level not your mentor. */
const PRACTICES_FOR: Record<Relation, readonly PromptPractice[]> = {
  manager: ['flip-side', 'their-world', 'coaching-up', 'tough-conversation'],
  'skip-level': ['view-from-above', 'their-world', 'flip-side'],
  mentor: ['learning', 'their-world'],
  other: ['flip-side', 'their-world', 'learning'],
};

/** A relation's practices dealt round-robin, so a few consecutive ideas span different practices. */
function rotationFor(relation: Relation): Prompt[] {
  const groups = (PRACTICES_FOR[relation] ?? PRACTICES_FOR.manager).map((practice) =>
    PROMPTS.filter((prompt) => prompt.practice === practice),
  );
  const longest = Math.max(...groups.map((group) => group.length));
  const dealt: Prompt[] = [];
  for (let round = 0; round < longest; round++) {
    for (const group of groups) {
      const prompt = group[round];
      if (prompt) dealt.push(prompt);
    }
  }
  return dealt;
}

const ROTATIONS = new Map<Relation, Prompt[]>();
const rotation = (relation: Relation): Prompt[] => {
  const known = ROTATIONS.get(relation);
  if (known) return known;
  const dealt = rotationFor(relation);
  ROTATIONS.set(relation, dealt);
  return dealt;
};

/** The manager's rotation (the default). */
export const ROTATION: readonly Prompt[] = rotation('manager');

const sameWords = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * `count` ideas starting at `offset` in the rotation (wrapping), skipping any the
 * user already has as a question. Fewer when the bank is nearly used up.
 */
export function offerPrompts(
  existingQuestions: readonly string[],
  count: number,
  offset: number,
  relation: Relation = 'manager',
): Prompt[] {
  const taken = new Set(existingQuestions.map(sameWords));
  const fresh: Prompt[] = [];
  const dealt = rotation(relation);
  const size = dealt.length;
  const start = ((offset % size) + size) % size;
  for (let step = 0; step < size && fresh.length < count; step++) {
    const prompt = dealt[(start + step) % size];
    if (prompt && !taken.has(sameWords(prompt.text))) fresh.push(prompt);
  }
  return fresh;
}

/** Ideas not yet taken as questions, for the fold's count. */
export function freshPromptCount(existingQuestions: readonly string[], relation: Relation = 'manager'): number {
  const taken = new Set(existingQuestions.map(sameWords));
  return rotation(relation).filter((prompt) => !taken.has(sameWords(prompt.text))).length;
}

/** A stable number per meeting, so different 1:1s open on different ideas (same one every reload). */
export function meetingHash(meetingId: string): number {
  let hash = 0;
  for (const char of meetingId) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash;
}

/** Where a meeting's ideas start. */
export function promptOffset(meetingId: string, relation: Relation = 'manager'): number {
  return meetingHash(meetingId) % rotation(relation).length;
}
