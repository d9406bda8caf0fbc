import * as v from 'valibot';
import { type CalendarSite, SITE_IDS } from '../calendar/sites';
import { SETTINGS_DEFAULTS } from '../db/settings';
import {
  NEED_STATUSES,
  type NeedHistoryEntry,
  type NeedStatus,
  PERSON_LIMITS,
  QUESTION_STATUSES,
  RELATIONS,
} from '../model';
import { WALL_TIME_PATTERN } from '../wall-time';
import { BACKUP_LIMITS as LIMITS } from './limits';
import { describeValue } from './problems';

/**
 * Version 1 of the backup format: the records as Upward stores them today.
 * Never edit this file's meaning once released: a later format gets its own
 * file and a converter from this one (see versions.ts), so old files import forever.
 *
 * The fields the README lists are required; every other field is optional and
 * gets a default, so a hand-written file holding only the listed fields imports.
 * Objects are strict: an unknown or misspelt field is a problem, not silently dropped.
 * Defaults that are timestamps use the moment of the import (`now`).
 */

export const text = v.pipe(
  v.string(),
  v.maxLength(LIMITS.textChars, (issue) => `is too long: ${issue.received} characters, at most ${LIMITS.textChars}`),
);
const textUpTo = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, (issue) => `is too long: ${issue.received} characters, at most ${max}`),
  );
/** A person's name or alias (and yours): the classifier matches each against every title, so they stay short. */
export const personName = textUpTo(PERSON_LIMITS.nameChars);
export const email = textUpTo(PERSON_LIMITS.emailChars);
export const id = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.maxLength(
    LIMITS.idChars,
    (issue) => `is too long for an id: ${issue.received} characters, at most ${LIMITS.idChars}`,
  ),
);
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(
    v.array(item),
    v.maxLength(max, (issue) => `has too many items: ${issue.received}, at most ${max}`),
  );
export const time = v.pipe(v.number(), v.finite('should be a finite number (a time in milliseconds)'));
/** Minutes of lead time: never negative, and at most a year (far past what settings offer). */
export const count = v.pipe(
  v.number(),
  v.finite('should be a finite number'),
  v.minValue(0, 'should not be negative'),
  v.maxValue(525_600, 'should be at most 525600 minutes (a year)'),
);
/** Local wall time `YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` for all-day events. */
export const wallTime = v.nullable(
  v.pipe(v.string(), v.regex(WALL_TIME_PATTERN, 'should be a date like 2026-03-10T15:00, or null')),
);
export const clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'should be a time of day like 07:30'));

/**
 * A strict object that is not a list. valibot's object schemas accept arrays,
 * so `"about": []` would pass (every field has a default) as an empty object.
 */
export const record = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      (issue) => `should be an object { … }, not ${describeValue(issue.input)}`,
    ),
    v.strictObject(entries),
  );

/** Fills `order` from the position in the file where a hand-written file left it out. */
export function positioned<T extends { order?: number }>(items: T[]): (T & { order: number })[] {
  return items.map((item, index) => ({ ...item, order: item.order ?? index }));
}

/* ---------- settings: each key replaces its stored value whole, so missing fields take the defaults ---------- */

const D = SETTINGS_DEFAULTS;
const settingsSchemas = {
  me: record({ name: personName, emails: list(email, PERSON_LIMITS.emails) }),
  prep: record({
    autoOpen: v.optional(v.boolean(), D.prep.autoOpen),
    autoOpenMinutes: v.optional(count, D.prep.autoOpenMinutes),
  }),
  reminders: record({
    enabled: v.optional(v.boolean(), D.reminders.enabled),
    minutesBefore: v.optional(count, D.reminders.minutesBefore),
    second: v.optional(
      v.variant('kind', [
        v.strictObject({ kind: v.literal('none') }),
        v.strictObject({ kind: v.literal('minutes-before'), minutes: count }),
        v.strictObject({ kind: v.literal('evening-before'), time: clock }),
      ]),
      () => ({ ...D.reminders.second }),
    ),
    quietHours: v.optional(
      record({
        enabled: v.optional(v.boolean(), D.reminders.quietHours.enabled),
        start: v.optional(clock, D.reminders.quietHours.start),
        end: v.optional(clock, D.reminders.quietHours.end),
      }),
      () => ({ ...D.reminders.quietHours }),
    ),
  }),
  recognition: record({
    sites: v.optional(
      record(
        Object.fromEntries(SITE_IDS.map((site) => [site, v.optional(v.boolean(), D.recognition.sites[site])])) as {
          [S in CalendarSite]: v.OptionalSchema<v.BooleanSchema<undefined>, boolean>;
        },
      ),
      () => ({ ...D.recognition.sites }),
    ),
    titlePatterns: v.optional(v.boolean(), D.recognition.titlePatterns),
  }),
  appearance: v.picklist(['system', 'light', 'dark']),
  // Added after version 1 was released, so optional like every later field.
  suggestions: record({ dismissed: v.optional(list(text, LIMITS.listItems), () => []) }),
};
export const settingsV1 = record({
  me: v.optional(settingsSchemas.me),
  prep: v.optional(settingsSchemas.prep),
  reminders: v.optional(settingsSchemas.reminders),
  recognition: v.optional(settingsSchemas.recognition),
  appearance: v.optional(settingsSchemas.appearance),
  suggestions: v.optional(settingsSchemas.suggestions),
});
export { settingsSchemas as settingValueSchemasV1 };

/* ---------- records ---------- */

const about = record({
  goals: v.optional(text, ''),
  pressures: v.optional(text, ''),
  style: v.optional(text, ''),
  needsFromMe: v.optional(text, ''),
});

/** Which start a reminder was shown for: a moved meeting is reminded again. */
export const firedReminder = record({
  start: v.pipe(v.string(), v.regex(WALL_TIME_PATTERN, 'should be a date like 2026-03-10T15:00')),
  at: time,
});

/** Each record's fields in version 1, for later versions to build on. */
export function recordEntriesV1(now: number) {
  const stamp = v.optional(time, now);
  /**
   * Optional in every version. Without it a record counts as older than any copy Upward holds,
   * so an import never lets it replace newer work (lib/backup/merge.ts): records with a
   * `createdAt` take that (`changedWhenCreated`), meetings and series take 0.
   */
  const changed = v.optional(time);
  const person = {
    id,
    name: personName,
    emails: list(email, PERSON_LIMITS.emails),
    aliases: list(personName, PERSON_LIMITS.aliases),
    relation: v.picklist(RELATIONS),
    about: v.optional(about),
    createdAt: stamp,
    updatedAt: changed,
  };
  const needStatus = v.picklist(NEED_STATUSES);
  const need = {
    id,
    personId: id,
    text,
    status: needStatus,
    order: v.optional(v.pipe(v.number(), v.finite('should be a finite number'))),
    history: v.optional(list(record({ status: needStatus, at: time, meetingId: v.optional(id) }), LIMITS.listItems)),
    createdAt: stamp,
    updatedAt: changed,
  };
  const question = {
    id,
    personId: id,
    text,
    kind: v.optional(v.picklist(['mine', 'flip-side', 'coaching']), 'mine'),
    status: v.picklist(QUESTION_STATUSES),
    answer: v.optional(text),
    meetingId: v.optional(id),
    createdAt: stamp,
    updatedAt: changed,
  };
  const checklistItem = {
    id,
    text,
    order: v.optional(v.pipe(v.number(), v.finite('should be a finite number'))),
    enabled: v.optional(v.boolean(), true),
    // Absent on built-in items the user never changed.
    updatedAt: v.optional(time),
  };
  const meeting = {
    id,
    seriesId: id,
    title: text,
    start: wallTime,
    end: wallTime,
    personId: v.nullable(id),
    reasons: v.optional(list(text, LIMITS.listItems)),
    site: v.optional(v.picklist(SITE_IDS)),
    allDay: v.optional(v.boolean()),
    cancelled: v.optional(v.boolean()),
    declined: v.optional(v.boolean()),
    autoOpenedAt: v.optional(time),
    reminded: v.optional(record({ main: v.optional(firedReminder), second: v.optional(firedReminder) })),
    ticks: v.optional(list(id, LIMITS.listItems), () => []),
    notes: v.optional(text, ''),
    updatedAt: v.optional(time, 0),
  };
  const note = {
    id,
    text,
    createdAt: stamp,
    personId: v.optional(id),
    meetingId: v.optional(id),
  };
  const series = {
    seriesId: id,
    title: text,
    override: v.optional(v.picklist(['always', 'never'])),
    overridePersonId: v.optional(id),
    confirmedPersonId: v.optional(id),
    updatedAt: v.optional(time, 0),
  };
  return { person, need, question, checklistItem, meeting, note, series };
}

/** Without a history, a need has been in its status since it was created. */
export const withHistory = <T extends { status: NeedStatus; createdAt: number; history?: NeedHistoryEntry[] }>(
  need: T,
): Omit<T, 'history'> & { history: NeedHistoryEntry[] } => ({
  ...need,
  history: need.history ?? [{ status: need.status, at: need.createdAt }],
});

/** A record without `updatedAt` was last changed when it was created, as far as anyone can tell. */
export const changedWhenCreated = <T extends { createdAt: number; updatedAt?: number }>(
  item: T,
): Omit<T, 'updatedAt'> & { updatedAt: number } => ({ ...item, updatedAt: item.updatedAt ?? item.createdAt });

export function recordSchemasV1(now: number) {
  const e = recordEntriesV1(now);
  return {
    person: v.pipe(record(e.person), v.transform(changedWhenCreated)),
    need: v.pipe(record(e.need), v.transform(withHistory), v.transform(changedWhenCreated)),
    question: v.pipe(record(e.question), v.transform(changedWhenCreated)),
    checklistItem: record(e.checklistItem),
    meeting: record(e.meeting),
    note: record(e.note),
    series: record(e.series),
  };
}

/** Record schemas of some version: the ones each version's file holds a list of. */
interface FileRecordSchemas {
  person: v.GenericSchema;
  need: v.GenericSchema<unknown, { order?: number }>;
  question: v.GenericSchema;
  checklistItem: v.GenericSchema<unknown, { order?: number }>;
  meeting: v.GenericSchema;
  note: v.GenericSchema;
  series: v.GenericSchema;
}

/**
 * The fields of a version-1 file, in its order, from a version's number, settings and record
 * schemas: later versions keep these and add theirs after them.
 */
export function fileEntriesV1<R extends FileRecordSchemas, N extends number, S extends v.GenericSchema>(
  version: N,
  settings: S,
  r: R,
) {
  return {
    format: v.literal('upward-backup'),
    version: v.literal(version),
    exportedAt: v.pipe(v.string(), v.maxLength(100, 'is too long for a date')),
    settings,
    people: list<R['person']>(r.person, LIMITS.people),
    needs: v.pipe(list<R['need']>(r.need, LIMITS.needs), v.transform(positioned<v.InferOutput<R['need']>>)),
    questions: list<R['question']>(r.question, LIMITS.questions),
    checklist: v.pipe(
      list<R['checklistItem']>(r.checklistItem, LIMITS.checklist),
      v.transform(positioned<v.InferOutput<R['checklistItem']>>),
    ),
    meetings: list<R['meeting']>(r.meeting, LIMITS.meetings),
    notes: list<R['note']>(r.note, LIMITS.notes),
    series: v.optional(list<R['series']>(r.series, LIMITS.series), () => []),
  };
}

/** The whole file, version 1. */
export function backupV1Schema(now: number) {
  return record(fileEntriesV1(1, settingsV1, recordSchemasV1(now)));
}
export type BackupV1 = v.InferOutput<ReturnType<typeof backupV1Schema>>;

/*
 * Version 1 matched the records of its release exactly; the current version's file
 * (v2.ts) now carries the compile-time check that the format follows the model.
 */
