import { encryptBackup, exportBackupJson } from '../../lib/backup';
import { markExported } from '../../lib/backup/nag';

/**
 * Saves text as a file through an `<a download>` on a Blob URL: no `downloads`
 * permission, and nothing leaves the machine.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `2026-03-10` in the user's own time zone: the day they made the backup. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function backupFileName(now = new Date(), encrypted = false): string {
  return `upward-backup-${localDate(now)}${encrypted ? '.encrypted' : ''}.json`;
}

/** A file name from a person's name that every OS accepts ("Dana Reyes" → "dana-reyes"). */
export function fileSafe(name: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return safe || 'person';
}

/**
 * Exports the whole store, sealed with `passphrase` when one is given; resolves to the file
 * name, or rejects with a sentence for the user. Remembers when, for "Back up your notes".
 */
export async function downloadBackup(now = new Date(), passphrase?: string): Promise<string> {
  let json: string;
  try {
    json = await exportBackupJson(now.getTime());
    if (passphrase) json = await encryptBackup(json, passphrase);
  } catch (error) {
    throw new Error(`Upward could not make the backup (${error instanceof Error ? error.message : String(error)}).`);
  }
  const name = backupFileName(now, Boolean(passphrase));
  downloadText(name, json, 'application/json');
  await markExported(now.getTime()).catch(() => undefined);
  return name;
}
