import * as v from 'valibot';
import { type Checked, problemsFromIssues } from './problems';
import { backupV1Schema } from './v1';
import { type BackupV2, backupV2Schema, v1ToV2 } from './v2';

/**
 * Which backup versions this Upward reads, and how each climbs to the current one.
 *
 * Adding version 3: write `v3.ts` (its schema), a converter `v2ToV3(BackupV2): BackupV3`,
 * point `Backup` at BackupV3, bump BACKUP_VERSION, and add `case 3` below; the older
 * cases then run their converters one after the other. Never delete a case: every file
 * Upward ever wrote keeps importing.
 */
export const BACKUP_FORMAT = 'upward-backup';
export const BACKUP_VERSION = 2;

/** The current format's contents. */
export type Backup = BackupV2;

export function readBackup(data: unknown, now: number): Checked<Backup> {
  const envelope = readEnvelope(data);
  if (!envelope.ok) return envelope;
  switch (envelope.value) {
    case 1: {
      const read = validate(backupV1Schema(now), data);
      return read.ok ? { ok: true, value: v1ToV2(read.value) } : read;
    }
    case 2:
      return validate(backupV2Schema(now), data);
    default:
      // readEnvelope refuses newer versions; an older one with no case here is a bug in this file.
      return refuse('version', `Format version ${envelope.value} is not readable by this Upward.`);
  }
}

function validate<T>(schema: v.GenericSchema<unknown, T>, data: unknown): Checked<T> {
  const result = v.safeParse(schema, data);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problems: problemsFromIssues(result.issues) };
}

/** The format name and version decide how to read the rest, so they are checked first and alone. */
function readEnvelope(data: unknown): Checked<number> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse(
      '',
      `This is not an Upward backup: it should be an object starting {"format": "${BACKUP_FORMAT}", …}.`,
    );
  }
  const { format, version } = data as Record<string, unknown>;
  if (!Object.hasOwn(data, 'format')) return refuse('format', 'is missing: this is not an Upward backup.');
  if (format !== BACKUP_FORMAT) return refuse('format', `should be "${BACKUP_FORMAT}": this is not an Upward backup.`);
  if (!Object.hasOwn(data, 'version')) return refuse('version', 'is missing.');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('version', 'should be a whole number, 1 or more.');
  }
  if (version > BACKUP_VERSION) {
    return refuse(
      'version',
      `This backup was made by a newer Upward (format version ${version}); this one reads versions up to ${BACKUP_VERSION}. Update Upward, then import it again. Nothing was changed.`,
    );
  }
  return { ok: true, value: version };
}

function refuse(path: string, message: string): Checked<never> {
  return { ok: false, problems: [{ path, message }] };
}
