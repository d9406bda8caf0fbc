import { byUrgency } from '../commitments/order';
import {
  type ChecklistItem,
  type Commitment,
  isToRaise,
  type Meeting,
  type Mood,
  type Need,
  type Note,
  type Question,
} from '../model';
import { meetingEndMs, meetingsWaited, tookPlace } from '../prep/waited';
import { wallTimeToMs } from '../wall-time';
import { timesRaised } from '../wrap-up/outcomes';

/** Everything the history page shows for one person, as read from the store. */
export interface PersonRecords {
  meetings: Meeting[];
  needs: Need[];
  questions: Question[];
  commitments: Commitment[];
  notes: Note[];
  checklist: ChecklistItem[];
}

export type MeetingState = 'held' | 'cancelled' | 'declined';

export interface MeetingEntry {
  kind: 'meeting';
  at: number;
  meeting: Meeting;
  state: MeetingState;
  /** The checklist lines ticked for it, in words (a removed line reads "a removed checklist item"). */
  ticks: string[];
  raised: Need[];
  met: Need[];
  asked: Question[];
  made: Commitment[];
  closed: Commitment[];
  /** Quick notes filed against this meeting. */
  notes: Note[];
}

export interface NoteEntry {
  kind: 'note';
  at: number;
  note: Note;
}

export type TimelineEntry = MeetingEntry | NoteEntry;

const stateOf = (meeting: Meeting): MeetingState =>
  meeting.declined ? 'declined' : meeting.cancelled ? 'cancelled' : 'held';

/**
 * Past 1:1s (started by `now`; cancelled and declined ones too, marked as such) with what
 * happened in each, and the quick notes filed between them: newest first.
 */
export function timeline(records: PersonRecords, now: number): TimelineEntry[] {
  const ticks = new Map(records.checklist.map((item) => [item.id, item.text]));
  const entries: TimelineEntry[] = [];
  const filedUnder = new Set<string>();
  for (const meeting of records.meetings) {
    const at = wallTimeToMs(meeting.start);
    if (at === null || at > now) continue;
    const id = meeting.id;
    const inIt = (need: Need, status: 'raised' | 'met') =>
      need.history.some((entry) => entry.status === status && entry.meetingId === id);
    const notes = records.notes.filter((note) => note.meetingId === id);
    for (const note of notes) filedUnder.add(note.id);
    entries.push({
      kind: 'meeting',
      at,
      meeting,
      state: stateOf(meeting),
      ticks: meeting.ticks.map((tick) => ticks.get(tick) ?? 'a removed checklist item'),
      raised: records.needs.filter((need) => inIt(need, 'raised') && !inIt(need, 'met')),
      met: records.needs.filter((need) => inIt(need, 'met')),
      asked: records.questions.filter((question) => question.meetingId === id && question.status !== 'open'),
      made: records.commitments.filter((commitment) => commitment.meetingId === id),
      closed: records.commitments.filter((commitment) => commitment.closedMeetingId === id),
      notes,
    });
  }
  for (const note of records.notes) {
    if (!filedUnder.has(note.id) && note.createdAt <= now) entries.push({ kind: 'note', at: note.createdAt, note });
  }
  return entries.sort((a, b) => b.at - a.at);
}

/** The last 1:1 that took place and has started by now: "Last time". */
export function lastHeld(meetings: readonly Meeting[], now: number): Meeting | undefined {
  let best: { meeting: Meeting; at: number } | undefined;
  for (const meeting of meetings) {
    const at = wallTimeToMs(meeting.start);
    if (at === null || at > now || !tookPlace(meeting)) continue;
    if (!best || at > best.at) best = { meeting, at };
  }
  return best?.meeting;
}

export interface LedgerRow {
  need: Need;
  /** Days since it was written down (until it was met or dropped). */
  days: number;
  /** 1:1s it has sat through unresolved. */
  waited: number;
  /** 1:1s it was raised in. */
  raised: number;
  /** When it was met or dropped, if it was. */
  resolvedAt?: number;
}

const DAY_MS = 86_400_000;

/** Each need with how long it has waited and how often it was raised: still to raise first, longest waiting first. */
export function needsLedger(needs: readonly Need[], meetings: readonly Meeting[], now: number): LedgerRow[] {
  const rows = needs.map((need): LedgerRow => {
    const resolvedAt = isToRaise(need) ? undefined : need.history.at(-1)?.at;
    const until = resolvedAt ?? now;
    const row: LedgerRow = {
      need,
      days: Math.max(0, Math.floor((until - need.createdAt) / DAY_MS)),
      waited: meetingsWaited(need, meetings, now),
      raised: timesRaised(need),
    };
    if (resolvedAt !== undefined) row.resolvedAt = resolvedAt;
    return row;
  });
  return rows.sort(
    (a, b) =>
      Number(isToRaise(b.need)) - Number(isToRaise(a.need)) || b.days - a.days || a.need.createdAt - b.need.createdAt,
  );
}

export interface MoodPoint {
  at: number;
  mood: Mood;
  meetingId: string;
}

/** How the relationship felt at each wrap-up that said so, oldest first. */
export function moodOverTime(meetings: readonly Meeting[]): MoodPoint[] {
  return meetings
    .flatMap((meeting) => {
      const at = meetingEndMs(meeting);
      return meeting.mood && at !== null ? [{ at, mood: meeting.mood, meetingId: meeting.id }] : [];
    })
    .sort((a, b) => a.at - b.at);
}

/** Commitments for the history page: open ones most urgent first, then closed ones newest first. */
export function commitmentsLedger(commitments: readonly Commitment[], today: string) {
  return {
    open: commitments.filter((c) => c.status === 'open').sort(byUrgency(today)),
    closed: commitments
      .filter((c) => c.status !== 'open')
      .sort((a, b) => (b.closedAt ?? b.updatedAt) - (a.closedAt ?? a.updatedAt)),
  };
}
