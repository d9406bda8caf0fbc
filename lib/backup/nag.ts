import { browser } from 'wxt/browser';
import { changedSince } from '../db/changed-since';
import { settings } from '../db/settings';

/**
 * "Back up your notes". Everything lives in this browser profile only, and dies with it. So when
 * there is work in no export and the last export (or, never having exported, the moment Upward
 * first saw such work) is older than the user's number of days, the popup and settings say so.
 *
 * When the last export happened is a fact about this profile, not about the notes: it is kept
 * in extension storage, outside the database and so outside every backup.
 */
const LAST_EXPORT = 'upward:last-export';
const FIRST_UNSAVED = 'upward:unsaved-work-since';
const DAY_MS = 24 * 60 * 60_000;

export interface BackupDue {
  due: boolean;
  /** The last export, or null when there has been none. */
  lastExportAt: number | null;
}

const timeIn = (stored: Record<string, unknown>, key: string) =>
  typeof stored[key] === 'number' ? (stored[key] as number) : null;

/** A backup file was just saved: the clock starts again. */
export async function markExported(now = Date.now()): Promise<void> {
  await browser.storage.local.set({ [LAST_EXPORT]: now });
  await browser.storage.local.remove(FIRST_UNSAVED);
}

export async function backupDue(now = Date.now()): Promise<BackupDue> {
  const [reminder, stored] = await Promise.all([
    settings.get('backupReminder'),
    browser.storage.local.get([LAST_EXPORT, FIRST_UNSAVED]),
  ]);
  const lastExportAt = timeIn(stored, LAST_EXPORT);
  const firstUnsaved = timeIn(stored, FIRST_UNSAVED);
  const notDue: BackupDue = { due: false, lastExportAt };
  if (!reminder.enabled) return notDue;
  const from = lastExportAt ?? firstUnsaved;
  // Exported (or first noticed) recently: nothing to read.
  if (from !== null && now - from < reminder.days * DAY_MS) return notDue;
  if (!(await changedSince(lastExportAt ?? Number.NEGATIVE_INFINITY))) return notDue;
  if (from === null) {
    // Work in no backup, seen for the first time: the days count from now.
    await browser.storage.local.set({ [FIRST_UNSAVED]: now });
    return notDue;
  }
  return { due: true, lastExportAt };
}
