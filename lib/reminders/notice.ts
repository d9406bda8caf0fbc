import { toRaiseWords } from '../to-raise';
import { sameDate, shiftDays, wallTimeAt } from './wall-time';

/** What a reminder notification says: plain text (notifications never render markup). */
export interface ReminderNotice {
  title: string;
  message: string;
}

export interface NoticeInput {
  /** Null when the user asked for names to be left out (Settings › Reminders), for a shared screen. */
  personName: string | null;
  /** The meeting's start, ms since epoch. */
  start: number;
  /** Needs to raise and questions to ask (`countToRaise`): the number the card and popup show. */
  toRaise: number;
  now: number;
  timeZone: string;
  locale?: string;
}

/** Names come from the user's own settings, but a 100 KB one must not make a 100 KB notification. */
const MAX_NAME = 60;

function shortName(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim() || 'your manager';
  const chars = Array.from(clean);
  return chars.length > MAX_NAME ? `${chars.slice(0, MAX_NAME - 1).join('')}…` : clean;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "in 10 min", "in 1 h 30 min", "tomorrow at 9:30 AM": how far off the meeting is, as people say it. */
export function whenFromNow(input: Pick<NoticeInput, 'start' | 'now' | 'timeZone' | 'locale'>): string {
  const { start, now, timeZone, locale } = input;
  const minutes = Math.round((start - now) / 60_000);
  if (minutes <= 0) return 'starting now';
  if (minutes < 60) return `in ${minutes} min`;
  if (minutes < 6 * 60) {
    const rest = minutes % 60;
    return `in ${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
  }
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(start);
  const today = wallTimeAt(now, timeZone);
  const day = wallTimeAt(start, timeZone);
  if (sameDate(day, today)) return `today at ${time}`;
  if (sameDate(day, shiftDays(today, 1))) return `tomorrow at ${time}`;
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', month: 'short', day: 'numeric' }).format(
    start,
  );
  return `on ${date} at ${time}`;
}

export function reminderNotice(input: NoticeInput): ReminderNotice {
  const name = input.personName === null ? null : shortName(input.personName);
  const message =
    input.toRaise === 0
      ? `Nothing to raise yet. What do you need from ${name ?? 'them'}?`
      : `${toRaiseWords(input.toRaise)}. Click to prepare.`;
  return { title: `${name === null ? 'Your 1:1' : `1:1 with ${name}`} ${whenFromNow(input)}`, message };
}

/** The question after a 1:1: "How did your 1:1 with Dana go?", and what a click leads to. */
export function wrapUpNotice(input: {
  personName: string | null;
  toRaise: number;
  openCommitments: number;
}): ReminderNotice {
  const name = input.personName === null ? null : shortName(input.personName);
  const first = name && (name.split(' ')[0] || name);
  const parts = [
    input.toRaise && plural(input.toRaise, 'need', 'needs'),
    input.openCommitments && plural(input.openCommitments, 'open commitment', 'open commitments'),
  ].filter(Boolean);
  const items = parts.length ? ` (${parts.join(', ')})` : '';
  return {
    title: first ? `How did your 1:1 with ${first} go?` : 'How did your 1:1 go?',
    message: `Thirty seconds to wrap up: what was raised or met${items}, what was promised, how it felt. Click to start.`,
  };
}
