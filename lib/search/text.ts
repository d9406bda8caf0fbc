/**
 * How search reads words: runs of letters, digits and combining marks, folded so that case
 * and accents do not matter ("Núñez" is found by "nunez", "ÉTÉ" by "ete"). The index and the
 * highlighter use these same two functions, so what matched is exactly what is highlighted.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und');
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * The part of `text` worth showing for a result, split into plain and matching pieces (drawn
 * as text, never as HTML): about `width` characters around the first match, with "…" where
 * it was cut. `matched` holds folded words; a word matches when its folded form is one of them.
 */
export function snippet(text: string, matched: ReadonlySet<string>, width = 160): Segment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const hits: Array<[number, number]> = [];
  for (const found of flat.matchAll(WORD)) {
    if (matched.has(fold(found[0]))) hits.push([found.index, found.index + found[0].length]);
  }
  const first = hits[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  // Start at a word boundary rather than mid-word.
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  const end = Math.min(flat.length, start + width);
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '…', hit: false });
  let at = start;
  for (const [from, to] of hits) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) segments.push({ text: flat.slice(at, a), hit: false });
    segments.push({ text: flat.slice(a, b), hit: true });
    at = b;
  }
  if (at < end) segments.push({ text: flat.slice(at, end), hit: false });
  if (end < flat.length) segments.push({ text: '…', hit: false });
  return segments;
}
