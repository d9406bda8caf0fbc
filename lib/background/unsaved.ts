import { browser } from 'wxt/browser';
import { localCardStore } from '../prep/local-store';
import { type NoteArea, replayUnsaved } from '../prep/unsaved';

/**
 * On every start of the background: keep the card's notes of what was typed away from content
 * scripts (where the browser can), then write what a card left noted when the background went
 * away before writing it (lib/prep/unsaved.ts).
 */
export async function replayCardNotes(): Promise<void> {
  const area = browser.storage.local as unknown as NoteArea & {
    setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
  };
  // Chrome can restrict storage.local to the extension's own pages; Firefox cannot (yet).
  await area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  try {
    await replayUnsaved(area, localCardStore());
  } catch (error) {
    console.error('Upward: could not write what a closed card had noted', error);
  }
}
