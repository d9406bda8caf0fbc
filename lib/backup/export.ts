import * as v from 'valibot';
import { getDb } from '../db/open';
import { SETTINGS_DEFAULTS } from '../db/settings';
import { BACKUP_STORES, byKey } from './stores';
import { recordSchemasV2, settingValueSchemasV2 } from './v2';
import { BACKUP_FORMAT, BACKUP_VERSION } from './versions';

/**
 * The whole store as the backup file's text. Deterministic: keys in the
 * format's order, records sorted by id, two-space indents, a final newline;
 * so export → wipe → import → export gives the same bytes (for the same `now`).
 *
 * Each record is written through the format's schema, which puts its fields in
 * order. A record the schema does not accept (damaged in storage) is written
 * as stored rather than dropped: nothing is left out of a backup, and the
 * import then names exactly what is wrong with it.
 */
export async function exportBackupJson(now = Date.now()): Promise<string> {
  const db = await getDb();
  const tx = db.transaction([...BACKUP_STORES], 'readonly');
  const [settings, people, needs, questions, checklist, meetings, notes, series, commitments] = await Promise.all([
    tx.objectStore('settings').getAll(),
    tx.objectStore('people').getAll(),
    tx.objectStore('needs').getAll(),
    tx.objectStore('questions').getAll(),
    tx.objectStore('checklist').getAll(),
    tx.objectStore('meetings').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('series').getAll(),
    tx.objectStore('commitments').getAll(),
  ]);
  await tx.done;
  const schemas = recordSchemasV2(now);
  const byId = byKey((record: { id?: unknown }) => record.id);
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: settingsSection(settings),
    people: people.map((r) => written(schemas.person, r)).sort(byId),
    needs: needs.map((r) => written(schemas.need, r)).sort(byId),
    questions: questions.map((r) => written(schemas.question, r)).sort(byId),
    checklist: checklist.map((r) => written(schemas.checklistItem, r)).sort(byId),
    meetings: meetings.map((r) => written(schemas.meeting, r)).sort(byId),
    notes: notes.map((r) => written(schemas.note, r)).sort(byId),
    series: series.map((r) => written(schemas.series, r)).sort(byKey((r: { seriesId?: unknown }) => r.seriesId)),
    commitments: commitments.map((r) => written(schemas.commitment, r)).sort(byId),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

function written<T>(schema: v.GenericSchema<unknown, T>, record: T): T {
  const result = v.safeParse(schema, record);
  return result.success ? result.output : record;
}

/** `me` always (the format lists it); other keys only once the user chose them, so defaults stay defaults. */
function settingsSection(records: { key: string; value: unknown }[]): Record<string, unknown> {
  const stored = new Map(records.map((record) => [record.key, record.value]));
  // No prototype: a stored key such as "__proto__" stays a plain key.
  const section: Record<string, unknown> = Object.create(null);
  for (const [key, schema] of Object.entries(settingValueSchemasV2)) {
    const value = key === 'me' ? (stored.get(key) ?? SETTINGS_DEFAULTS.me) : stored.get(key);
    if (value !== undefined) section[key] = written(schema as v.GenericSchema, value);
  }
  // A key this version does not know (damaged storage) is still written, last and sorted.
  for (const key of [...stored.keys()].filter((key) => !Object.hasOwn(section, key)).sort())
    section[key] = stored.get(key);
  return section;
}
