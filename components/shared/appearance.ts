import { settings, watchChanges } from '../../lib/db';
import { type AppearanceSource, followAppearance } from './follow-appearance';

export type { AppearanceSource } from './follow-appearance';

const fromStore: AppearanceSource = {
  read: () => settings.get('appearance'),
  watch: (onChange) => watchChanges(['settings'], onChange),
};

/**
 * Applies the user's light/dark choice to this extension page and follows changes made in
 * settings while it is open (see followAppearance). Pages that open the store use this; the
 * prep frame calls followAppearance with a source that reads through the background.
 */
export function applyAppearance(
  root: HTMLElement = document.documentElement,
  systemFallback?: 'light' | 'dark',
  source: AppearanceSource = fromStore,
) {
  return followAppearance(root, systemFallback, source);
}
