import { block, inline, item } from '../backup/markdown';
import { isToRaise, type Meeting, type Need, type Question } from '../model';
import { wallTimeToMs } from '../wall-time';
import { shortDate } from '../when';

export interface MeantToBringUp {
  personName: string;
  meeting: Pick<Meeting, 'start' | 'notes'>;
  needs: readonly Need[];
  questions: readonly Question[];
  now: number;
  locale?: string;
}

/**
 * "What I meant to bring up", for a quick message when a 1:1 is cancelled: the needs still to
 * raise, the questions still open, and the notes written for that meeting, as Markdown. Nothing
 * else: the user's private reading of the person ("about them") never goes into it.
 */
export function meantToBringUpMarkdown({ personName, meeting, needs, questions, now, locale }: MeantToBringUp): string {
  const start = wallTimeToMs(meeting.start);
  const when = start === null ? '' : ` on ${shortDate(start, now, locale)}`;
  const toRaise = needs.filter(isToRaise);
  const open = questions.filter((question) => question.status === 'open');
  const notes = meeting.notes.trim();
  const lines = [
    `Hi ${inline(personName.split(' ')[0] || personName)}, since our 1:1${when} did not happen, here is what I meant to bring up:`,
    '',
  ];
  if (toRaise.length) lines.push(...toRaise.map((need) => item(need.text)));
  if (open.length) {
    if (toRaise.length) lines.push('');
    lines.push('Questions:', '', ...open.map((question) => item(question.text)));
  }
  if (notes) {
    if (toRaise.length || open.length) lines.push('');
    lines.push(...block(notes));
  }
  if (!toRaise.length && !open.length && !notes) lines.push('Nothing pressing: happy to catch up next time.');
  return `${lines.join('\n')}\n`;
}
