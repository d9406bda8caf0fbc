import type { Appearance } from '../../lib/model';
import { startLiveRead } from './useLive';

/** Where a page reads the user's light/dark choice, and hears that it changed. */
export interface AppearanceSource {
  read(): Promise<Appearance>;
  watch(onChange: () => void): () => void;
}

/**
 * Applies the user's light/dark choice from `source` to this extension page (theme.css reads
 * `data-theme`), and follows changes while the page is open (one read at a time: an older read
 * never lands after a newer one). `system` removes the attribute so the OS decides, or
 * `systemFallback` when given (the prep frame passes the calendar page's own scheme). Returns a
 * stop function. Kept apart from the store-backed default (appearance.ts) so the prep card's
 * bundle, which reaches the store only through the background, holds no store code.
 */
export function followAppearance(
  root: HTMLElement,
  systemFallback: 'light' | 'dark' | undefined,
  source: AppearanceSource,
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
