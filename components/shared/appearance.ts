import { settings, watchChanges } from '../../lib/db';
import type { Appearance } from '../../lib/model';
import { startLiveRead } from './useLive';

/**
 * Applies the user's light/dark choice to this extension page (theme.css reads
 * `data-theme`). `system` removes the attribute so the OS decides; a page may pass
 * `systemFallback` (the prep frame passes the calendar page's own scheme). Follows
 * changes made in settings while the page is open. Returns a stop function. The prep
 * frame passes a `source` that reads through the background.
 */
export interface AppearanceSource {
  read(): Promise<Appearance>;
  watch(onChange: () => void): () => void;
}

const fromStore: AppearanceSource = {
  read: () => settings.get('appearance'),
  watch: (onChange) => watchChanges(['settings'], onChange),
};

export function applyAppearance(
  root: HTMLElement = document.documentElement,
  systemFallback?: 'light' | 'dark',
  source: AppearanceSource = fromStore,
) {
  const apply = (appearance: Appearance) => {
    const theme = appearance === 'system' ? systemFallback : appearance;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  };
  const live = startLiveRead({
    load: source.read,
    show: (read) => apply(read.status === 'ready' ? read.value : 'system'),
    watch: source.watch,
  });
  return live.stop;
}
