import { needs } from '../db/needs';
import { people } from '../db/people';
import { questions } from '../db/questions';
import { aboutOf, type NeedStatus, type Question } from '../model';

/**
 * One person's prep as Markdown, to paste into a doc shared with them:
 * what I need from them (needs still open or raised, with their status), the
 * questions still waiting for an answer, and what they need from me (the
 * flip side: the user's own "what they need from me" notes and answered
 * flip-side questions).
 *
 * Left out on purpose, because the person reads the shared doc: the user's
 * reading of their goals, pressures and working style, meeting notes, quick
 * notes, and needs already met or dropped.
 */
export async function personPrepMarkdown(personId: string, now = Date.now()): Promise<string> {
  const person = await people.get(personId);
  if (!person) throw new Error('That person is no longer in Upward.');
  const [needList, questionList] = await Promise.all([needs.forPerson(personId), questions.forPerson(personId)]);
  const name = inline(person.name);
  const openNeeds = needList.filter((need) => need.status === 'open' || need.status === 'raised');
  const waiting = questionList.filter((question) => question.status !== 'answered');
  const flipSide = questionList.filter(
    (question) => question.kind === 'flip-side' && question.status === 'answered' && question.answer?.trim(),
  );
  const fromMe = aboutOf(person).needsFromMe.trim();

  const lines = [`# 1:1 with ${name}`, '', `_Prepared ${localDate(now)}_`, ''];
  lines.push(`## What I need from ${name}`, '');
  if (openNeeds.length) lines.push(...openNeeds.map((need) => item(`${need.text} (${STATUS_WORDS[need.status]})`)));
  else lines.push('Nothing open.');
  lines.push('', '## Questions', '');
  if (waiting.length) lines.push(...waiting.map(questionLine));
  else lines.push('No open questions.');
  lines.push('', `## What ${name} needs from me`, '');
  if (fromMe) lines.push(...block(fromMe));
  if (flipSide.length) {
    if (fromMe) lines.push('');
    lines.push(...flipSide.map((question) => item(`${question.text} — ${question.answer?.trim() ?? ''}`)));
  }
  if (!fromMe && !flipSide.length) lines.push('Not written down yet.');
  return `${lines.join('\n')}\n`;
}

const STATUS_WORDS: Record<NeedStatus, string> = { open: 'open', raised: 'raised', met: 'met', dropped: 'dropped' };

function questionLine(question: Question): string {
  return item(question.status === 'asked' ? `${question.text} (asked, waiting for an answer)` : question.text);
}

/**
 * Escapes what Markdown would read as formatting anywhere in a line, and what
 * it would read as a heading, quote, list or rule at the start of one. Other
 * punctuation stays as typed, so the doc still reads well as plain text.
 */
export function inline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2'); // a digit cannot be escaped; the dot after it can
}

/** A list item; a multi-line text continues indented under its bullet. */
export function item(text: string): string {
  const [first = '', ...rest] = text.split(/\r?\n/).map(inline);
  return [`- ${first}`, ...rest.map((line) => (line.trim() ? `  ${line}` : ''))].join('\n');
}

/** A paragraph of the user's own lines: each line break kept (two trailing spaces), blank lines kept. */
export function block(text: string): string[] {
  return text.split(/\r?\n/).map((line, index, all) => {
    const next = all[index + 1];
    const escaped = inline(line);
    return next?.trim() && line.trim() ? `${escaped}  ` : escaped;
  });
}

export function localDate(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
