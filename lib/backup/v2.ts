import * as v from 'valibot';
import type { SeriesRecord, SettingsRecords } from '../db/schema';
import { SETTINGS_DEFAULTS } from '../db/settings';
import {
  type ChecklistItem,
  COMMITMENT_OWNERS,
  COMMITMENT_STATUSES,
  type Commitment,
  type Meeting,
  MOODS,
  type Need,
  type Note,
  type Person,
  type Question,
} from '../model';
import { DAY_PATTERN, WALL_TIME_PATTERN } from '../wall-time';
import { BACKUP_LIMITS as LIMITS } from './limits';
import {
  type BackupV1,
  changedWhenCreated,
  fileEntriesV1,
  firedReminder,
  id,
  list,
  record,
  recordEntriesV1,
  recordSchemasV1,
  settingValueSchemasV1,
  text,
  time,
} from './v1';

/**
 * Version 2 of the backup format: version 1 plus what the second half of the loop keeps.
 * - `commitments`: promises both ways, `{id, personId, text, owner, status, due?, meetingId?}`.
 * - the wrap-up's fields on a meeting: `wrappedUpAt`, `mood` (1–5), `win`, and the start
 *   the wrap-up prompt was shown for (`reminded["wrap-up"]`); `movedFrom` for a moved 1:1.
 * - `win` on a quick note; the `wrapUp` settings key.
 * Every new field is optional, so a hand-written file with only the listed fields imports.
 * Never edit this file's meaning once released: version 3 gets its own file.
 */

const day = v.pipe(v.string(), v.regex(DAY_PATTERN, 'should be a date like 2026-03-10'));
const D = SETTINGS_DEFAULTS;
/** A start a meeting had: local wall time, as meetings store it. */
const startText = v.pipe(v.string(), v.regex(WALL_TIME_PATTERN, 'should be a date like 2026-03-10T15:00'));

const settingsSchemas = {
  ...settingValueSchemasV1,
  wrapUp: record({ notify: v.optional(v.boolean(), D.wrapUp.notify) }),
  // Keys added after version 2 shipped: optional, like every settings key.
  privacy: record({ namesInNotifications: v.optional(v.boolean(), D.privacy.namesInNotifications) }),
  backupReminder: record({
    enabled: v.optional(v.boolean(), D.backupReminder.enabled),
    days: v.optional(
      v.pipe(v.number(), v.integer('should be a whole number of days'), v.minValue(1), v.maxValue(365)),
      D.backupReminder.days,
    ),
  }),
};
const settingsV2 = record(
  Object.fromEntries(Object.entries(settingsSchemas).map(([key, schema]) => [key, v.optional(schema)])) as {
    [K in keyof typeof settingsSchemas]: v.OptionalSchema<(typeof settingsSchemas)[K], undefined>;
  },
);

export { settingsSchemas as settingValueSchemasV2 };

export function recordSchemasV2(now: number) {
  const e = recordEntriesV1(now);
  const stamp = v.optional(time, now);
  return {
    ...recordSchemasV1(now),
    meeting: record({
      ...e.meeting,
      reminded: v.optional(
        record({
          main: v.optional(firedReminder),
          second: v.optional(firedReminder),
          'wrap-up': v.optional(firedReminder),
        }),
      ),
      movedFrom: v.optional(startText),
      wrappedUpAt: v.optional(time),
      mood: v.optional(v.picklist(MOODS)),
      win: v.optional(v.boolean()),
    }),
    note: record({ ...e.note, win: v.optional(v.boolean()) }),
    commitment: v.pipe(
      record({
        id,
        personId: id,
        text,
        owner: v.picklist(COMMITMENT_OWNERS),
        status: v.picklist(COMMITMENT_STATUSES),
        due: v.optional(day),
        meetingId: v.optional(id),
        closedAt: v.optional(time),
        closedMeetingId: v.optional(id),
        createdAt: stamp,
        // Optional in every version: without it the commitment counts as changed when it was made.
        updatedAt: v.optional(time),
      }),
      v.transform(changedWhenCreated),
    ),
  };
}

/** The whole file, version 2. */
export function backupV2Schema(now: number) {
  const r = recordSchemasV2(now);
  return record({
    ...fileEntriesV1(2, settingsV2, r),
    commitments: v.optional(list(r.commitment, LIMITS.commitments), () => []),
  });
}
export type BackupV2 = v.InferOutput<ReturnType<typeof backupV2Schema>>;

/** A version-1 file as version 2: it had no commitments and no wrap-ups; every record is kept as it was. */
export function v1ToV2(backup: BackupV1): BackupV2 {
  return { ...backup, version: 2, commitments: [] };
}

/*
 * The schema must read back exactly what Upward stores: if a record type gains
 * or changes a field, these lines stop compiling until the schema follows, so an
 * export can never quietly leave a field out.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Item<K extends keyof BackupV2> = BackupV2[K] extends (infer T)[] ? T : never;
type Shown<T> = { [K in keyof T]: T[K] };
const schemaMatchesModel: [
  Same<Shown<Item<'people'>>, Shown<Person>>,
  Same<Shown<Item<'needs'>>, Shown<Need>>,
  Same<Shown<Item<'questions'>>, Shown<Question>>,
  Same<Shown<Item<'checklist'>>, Shown<ChecklistItem>>,
  Same<Shown<Item<'meetings'>>, Shown<Meeting>>,
  Same<Shown<Item<'notes'>>, Shown<Note>>,
  Same<Shown<Item<'series'>>, Shown<SeriesRecord>>,
  Same<Shown<Item<'commitments'>>, Shown<Commitment>>,
  Same<Shown<Required<BackupV2['settings']>>, Shown<SettingsRecords>>,
] = [true, true, true, true, true, true, true, true, true];
void schemaMatchesModel;
