/**
 * Backup: one versioned JSON format for export and validated, all-or-nothing import.
 * (Stub with the agreed API; the implementation lands with the backup work.)
 */

/** One refusal, named by where in the file it is (`people.0.emails.1`). */
export interface BackupProblem {
  path: string;
  message: string;
}

export type ImportOutcome = { ok: true; counts: Record<string, number> } | { ok: false; problems: BackupProblem[] };

/** The whole store as the backup file's text. */
export async function exportBackupJson(_now = Date.now()): Promise<string> {
  throw new Error('not implemented yet');
}

/** Validates the whole file, then applies it in one transaction, or changes nothing. */
export async function importBackupJson(_text: string): Promise<ImportOutcome> {
  return { ok: false, problems: [{ path: '', message: 'Import is not implemented yet.' }] };
}

/** One person's prep (open needs, open questions, what they need from you) as Markdown. */
export async function personPrepMarkdown(_personId: string): Promise<string> {
  throw new Error('not implemented yet');
}
