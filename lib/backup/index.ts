/**
 * Backup: one versioned JSON format for export and validated, all-or-nothing
 * import, and one person's prep as Markdown. The format and its rules: README.md.
 */
export { decryptBackup, ENCRYPTION, encryptBackup, isEncryptedBackup } from './encrypted';
export { exportBackupJson } from './export';
export { type ImportOutcome, importBackupJson } from './import';
export { BACKUP_LIMITS } from './limits';
export { personPrepMarkdown } from './markdown';
export { type BackupProblem, describeProblem } from './problems';
export { importSummary } from './summary';
export { type ImportUndo, type UndoOutcome, undoImport } from './undo';
export { BACKUP_FORMAT, BACKUP_VERSION } from './versions';
