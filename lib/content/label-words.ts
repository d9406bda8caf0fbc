import { isLabelWords, LABEL_WORDS_KEY, useLabelWords } from '../calendar/locale/words';

interface LocalStorage {
  get(key: string): Promise<Record<string, unknown>>;
}

/**
 * Installs the label word tables the background published. Without them (storage unreadable or
 * damaged) labels still give titles, and no times.
 */
export async function loadLabelWords(local: LocalStorage): Promise<void> {
  try {
    const stored = (await local.get(LABEL_WORDS_KEY))[LABEL_WORDS_KEY];
    if (isLabelWords(stored)) useLabelWords(stored);
  } catch {
    // The extension was updated or removed under this page: nothing to read with.
  }
}
