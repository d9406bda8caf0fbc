/** The welcome's three steps, in order: each can be skipped, and all of it changed later in settings. */
export const STEPS = [
  { id: 'you', title: 'Who you are' },
  { id: 'people', title: 'Who you have 1:1s with' },
  { id: 'next', title: 'What happens next' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];
