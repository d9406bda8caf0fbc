import { loadSuggestions, watchSuggestions } from '../../lib/suggestions/load';
import type { Suggestions } from '../../lib/suggestions/types';
import { type LiveRead, useLive } from './useLive';

/**
 * Suggestions from the calendar, kept current: new evidence from an open calendar tab, a person
 * added or a suggestion dismissed on any Upward page, all show at once.
 */
export function useSuggestions(): LiveRead<Suggestions> {
  return useLive(loadSuggestions, ['people', 'settings'], { watch: (_stores, onChange) => watchSuggestions(onChange) });
}
