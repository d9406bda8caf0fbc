/** Suggestions as Upward's pages show them: computed here, from the evidence and the store, on every change. */
import { people, settings, watchChanges } from '../db';
import { readEvidence, watchEvidence } from './session';
import { suggest } from './suggest';
import type { Suggestions } from './types';

export async function loadSuggestions(): Promise<Suggestions> {
  const [evidence, me, everyone, decided] = await Promise.all([
    readEvidence(),
    settings.getMe(),
    people.all(),
    settings.get('suggestions'),
  ]);
  return suggest({ evidence, me, people: everyone, dismissed: new Set(decided.dismissed) });
}

/** Anything suggestions depend on changed: new evidence, people, or settings (you, dismissals). */
export function watchSuggestions(onChange: () => void): () => void {
  const stopStore = watchChanges(['people', 'settings'], onChange);
  const stopEvidence = watchEvidence(onChange);
  return () => {
    stopStore();
    stopEvidence();
  };
}
