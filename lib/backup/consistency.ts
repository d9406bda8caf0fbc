import type { BackupProblem } from './problems';
import type { Backup } from './versions';

/**
 * Checks across records, after each record passed its schema.
 *
 * Two records with one id would silently become one on import (the second
 * overwrites the first), so a repeated id is a refusal.
 *
 * A need, question, note, meeting, commitment or series naming a person who is neither in
 * the file nor in Upward is kept, with a notice: Upward keeps a removed
 * person's records, so the user's own export can hold such records, and it
 * must always import again. The notice names the path so a typo in a
 * hand-edited file is easy to find and fix (importing the fixed file replaces
 * the record, since import matches records by id).
 */
export function repeatedIds(backup: Backup): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const check = (list: string, ids: string[], field = 'id') => {
    const firstAt = new Map<string, number>();
    ids.forEach((id, index) => {
      const first = firstAt.get(id);
      if (first === undefined) firstAt.set(id, index);
      else problems.push({ path: `${list}.${index}.${field}`, message: `repeats the id of ${list}.${first}` });
    });
  };
  for (const list of ['people', 'needs', 'questions', 'checklist', 'meetings', 'notes', 'commitments'] as const) {
    check(
      list,
      backup[list].map((record) => record.id),
    );
  }
  check(
    'series',
    backup.series.map((record) => record.seriesId),
    'seriesId',
  );
  return problems;
}

export function unknownPeople(backup: Backup, storedPeople: ReadonlySet<string>): BackupProblem[] {
  const known = new Set([...storedPeople, ...backup.people.map((person) => person.id)]);
  const notices: BackupProblem[] = [];
  const check = (path: string, personId: string | null | undefined) => {
    if (personId == null || known.has(personId)) return;
    notices.push({
      path,
      message: `names a person who is not in this file or in Upward (${JSON.stringify(personId.slice(0, 60))}); kept, and shown once that person is back.`,
    });
  };
  for (const [i, r] of backup.needs.entries()) check(`needs.${i}.personId`, r.personId);
  for (const [i, r] of backup.questions.entries()) check(`questions.${i}.personId`, r.personId);
  for (const [i, r] of backup.notes.entries()) check(`notes.${i}.personId`, r.personId);
  for (const [i, r] of backup.meetings.entries()) check(`meetings.${i}.personId`, r.personId);
  for (const [i, r] of backup.commitments.entries()) check(`commitments.${i}.personId`, r.personId);
  for (const [i, r] of backup.series.entries()) {
    check(`series.${i}.overridePersonId`, r.overridePersonId);
    check(`series.${i}.confirmedPersonId`, r.confirmedPersonId);
  }
  return notices;
}
