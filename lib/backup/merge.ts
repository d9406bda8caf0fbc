/**
 * Which copy of a record an import keeps, when Upward already holds one with the same id.
 * One rule for every store, so it is stated (and tested) once:
 *
 * - Nothing stored: the file's copy.
 * - The same record (field for field): nothing to write.
 * - Otherwise the copy changed last: the file's when its time is later, the stored one when
 *   that is later. At the same time (a hand-fixed file, or one edited in another tool) the
 *   file's copy, so re-importing a corrected file corrects the record.
 *
 * A record's time is its `updatedAt`, else its `createdAt`; without either it counts as older
 * than any record that has one. Settings and the checklist take the time they were last changed
 * here against the time the file was made (`exportedAt`).
 */
export type Choice = 'file' | 'stored' | 'same';

export function chooseCopy(stored: unknown, incoming: unknown, storedAt: number, fileAt: number): Choice {
  if (stored === undefined) return 'file';
  if (sameRecord(stored, incoming)) return 'same';
  return storedAt > fileAt ? 'stored' : 'file';
}

/** When a record was last changed, by its own times; older than anything when it has none. */
export function changedAt(record: unknown): number {
  const { updatedAt, createdAt } = (record ?? {}) as { updatedAt?: unknown; createdAt?: unknown };
  if (typeof updatedAt === 'number') return updatedAt;
  if (typeof createdAt === 'number') return createdAt;
  return Number.NEGATIVE_INFINITY;
}

/** Field for field, whatever order the keys were written in. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
