import { block, inline, item, localDate } from '../backup/markdown';
import type { Commitment, Meeting, Need, Note, Person } from '../model';
import { meetingEndMs } from '../prep/waited';

/** One person's records, as the evidence export reads them. */
export interface EvidenceSource {
  person: Pick<Person, 'id' | 'name'>;
  needs: readonly Need[];
  commitments: readonly Commitment[];
  meetings: readonly Meeting[];
  notes: readonly Note[];
}

/** A range of local calendar days, both ends included: `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

const within = (ms: number | null | undefined, range: DayRange) => {
  if (ms === null || ms === undefined) return false;
  const day = localDate(ms);
  return day >= range.from && day <= range.to;
};

/**
 * Evidence for a review, as Markdown: for each person, the needs met, the commitments
 * delivered (yours and theirs), and the notes marked as wins, in the date range. Only what
 * was marked or closed in the range counts. The user's private notes about the person
 * ("about them": goals, pressures, style, what they need) are never read here, so they can
 * never end up in the file.
 */
export function evidenceMarkdown(sources: readonly EvidenceSource[], range: DayRange): string {
  const lines = [`# Evidence for review: ${range.from} to ${range.to}`, ''];
  let any = false;
  for (const source of sources) {
    const name = inline(source.person.name);
    const met = source.needs
      .map((need) => ({ need, at: metAt(need) }))
      .filter(({ at }) => within(at, range))
      .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
    const delivered = source.commitments
      .filter((c) => c.status === 'done' && within(c.closedAt, range))
      .sort((a, b) => (a.closedAt ?? 0) - (b.closedAt ?? 0));
    const mine = delivered.filter((c) => c.owner === 'me');
    const theirs = delivered.filter((c) => c.owner === 'them');
    const wins = [
      ...source.meetings
        .filter((meeting) => meeting.win && meeting.notes.trim() && within(meetingEndMs(meeting), range))
        .map((meeting) => ({ at: meetingEndMs(meeting) ?? 0, text: meeting.notes })),
      ...source.notes
        .filter((note) => note.win && within(note.createdAt, range))
        .map((note) => ({ at: note.createdAt, text: note.text })),
    ].sort((a, b) => a.at - b.at);
    if (!met.length && !delivered.length && !wins.length) continue;
    any = true;
    lines.push(`## With ${name}`, '');
    if (met.length) {
      lines.push('### Needs met', '');
      lines.push(...met.map(({ need, at }) => item(`${need.text} (${localDate(at ?? 0)})`)), '');
    }
    if (mine.length) {
      lines.push('### What I delivered', '');
      lines.push(...mine.map((c) => item(`${c.text} (${localDate(c.closedAt ?? 0)})`)), '');
    }
    if (theirs.length) {
      lines.push(`### What ${name} delivered`, '');
      lines.push(...theirs.map((c) => item(`${c.text} (${localDate(c.closedAt ?? 0)})`)), '');
    }
    if (wins.length) {
      lines.push('### Wins', '');
      for (const win of wins) lines.push(`**${localDate(win.at)}**`, '', ...block(win.text.trim()), '');
    }
  }
  if (!any) lines.push('Nothing met, delivered or marked as a win in these dates.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** When a need was met (the last "met" entry), if it is met. */
function metAt(need: Need): number | undefined {
  if (need.status !== 'met') return undefined;
  for (let i = need.history.length - 1; i >= 0; i--) if (need.history[i]?.status === 'met') return need.history[i]?.at;
  return need.updatedAt;
}
