/**
 * The words a settings page shows after an import, e.g.
 * "Imported 2 people, 3 needs, 1 question and 4 settings."
 */
const NOUNS: Record<string, [string, string]> = {
  people: ['person', 'people'],
  needs: ['need', 'needs'],
  questions: ['question', 'questions'],
  checklist: ['checklist item', 'checklist items'],
  meetings: ['meeting', 'meetings'],
  notes: ['note', 'notes'],
  series: ['calendar series choice', 'calendar series choices'],
  commitments: ['commitment', 'commitments'],
  settings: ['setting', 'settings'],
};

function listed(counts: Record<string, number>): string | undefined {
  const parts = Object.entries(NOUNS)
    .filter(([store]) => (counts[store] ?? 0) > 0)
    .map(([store, [one, many]]) => {
      const n = counts[store] ?? 0;
      return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
    });
  if (!parts.length) return undefined;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** `kept`: per store, records where Upward's copy was newer than the file's and stayed. */
export function importSummary(counts: Record<string, number>, kept: Record<string, number> = {}): string {
  const read = listed(counts);
  const newer = listed(kept);
  const first = read ? `Imported ${read}.` : 'Imported: the file held nothing to add.';
  return newer ? `${first} Kept your newer copy of ${newer} (changed here after this backup was made).` : first;
}
