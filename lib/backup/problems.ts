import type * as v from 'valibot';
import { BACKUP_LIMITS } from './limits';

/** One refusal, named by where in the file it is (`people.0.emails.1`). */
export interface BackupProblem {
  path: string;
  message: string;
}

/** A step of reading a backup: its result, or every problem it found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: BackupProblem[] };

/** `people.0.emails.1: is missing` — how a problem reads in one line. */
export function describeProblem(problem: BackupProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** Keeps a refusal readable: the first problems in full, the rest counted. */
export function capProblems(problems: BackupProblem[]): BackupProblem[] {
  const max = BACKUP_LIMITS.problemsShown;
  if (problems.length <= max) return problems;
  const more = problems.length - max;
  return [...problems.slice(0, max), { path: '', message: `…and ${more.toLocaleString('en')} more problems.` }];
}

/** Path segments from the file are untrusted: keep them short and unambiguous. */
function pathSegment(key: unknown): string {
  const raw = String(key);
  const short = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
  return /^[\w$-]+$/.test(short) ? short : JSON.stringify(short);
}

export function pathOf(keys: readonly unknown[]): string {
  return keys.map(pathSegment).join('.');
}

/**
 * A short, safe picture of a value from the file, for messages. Text is
 * quoted, cut to 40 characters and isolated left-to-right (as it stands in
 * the JSON file), so right-to-left text cannot reorder the message around it.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `text \u2066${JSON.stringify(short)}\u2069`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  strict_object: 'an object { … }',
  null: 'null',
};

/** valibot's issue, in words for someone who opened the file in a text editor. */
function messageOf(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.[issue.path.length - 1];
  if (last?.origin === 'key') {
    return issue.expected === 'never'
      ? 'is not a field Upward knows (field names are case-sensitive: check the spelling)'
      : 'is missing';
  }
  if (issue.kind === 'validation' || issue.type === 'custom') return issue.message;
  switch (issue.type) {
    case 'picklist':
    case 'literal':
    case 'variant': {
      const options = (issue.expected ?? '')
        .replace(/^\(|\)$/g, '')
        .split(' | ')
        .join(', ');
      return `should be ${issue.type === 'literal' ? '' : 'one of '}${options}, not ${describeValue(issue.input)}`;
    }
    default: {
      const expected = EXPECTED[issue.type] ?? issue.expected ?? issue.type;
      return `should be ${expected}, not ${describeValue(issue.input)}`;
    }
  }
}

export function problemsFromIssues(issues: readonly v.BaseIssue<unknown>[], prefix: readonly unknown[] = []) {
  return issues.map(
    (issue): BackupProblem => ({
      path: pathOf([...prefix, ...(issue.path ?? []).map((item) => item.key)]),
      message: messageOf(issue),
    }),
  );
}
