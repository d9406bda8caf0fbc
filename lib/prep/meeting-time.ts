import type { Meeting } from '../model';
import { wallTimeToMs } from '../wall-time';
import { meetingEndMs } from './waited';

const DAY_MS = 24 * 60 * 60_000;

function startOfDay(ms: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** "Today", "Tomorrow", "Yesterday", else the date: "Monday 12 May" (long) or "Mon 12 May" (short). */
function dayInWords(ms: number, now: number, locale?: string, length: 'long' | 'short' = 'long'): string {
  const days = Math.round((startOfDay(ms) - startOfDay(now)) / DAY_MS);
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  if (days === -1) return 'Yesterday';
  const sameYear = new Date(ms).getFullYear() === new Date(now).getFullYear();
  return new Date(ms).toLocaleDateString(locale, {
    weekday: length,
    day: 'numeric',
    month: length,
    ...(sameYear || length === 'short' ? {} : { year: 'numeric' }),
  });
}

function relative(start: number, end: number, now: number): string {
  if (now >= end) return 'ended';
  if (now >= start) return 'happening now';
  const minutes = Math.ceil((start - now) / 60_000);
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in about ${hours} h`;
  return '';
}

/**
 * When a 1:1 is, as a person would say it: "Today, 14:30 – 15:00 (in 15 min)",
 * "Tomorrow, 9:00 – 9:30", "Monday 12 May, all day". The calendar's wall time is
 * the browser's own zone (see wallTimeToMs).
 */
export function describeMeetingTime(
  meeting: Pick<Meeting, 'start' | 'end' | 'allDay'>,
  now = Date.now(),
  locale?: string,
): string {
  const start = wallTimeToMs(meeting.start);
  if (start === null) return 'Time not shown on the calendar';
  const day = dayInWords(start, now, locale);
  if (meeting.allDay) return `${day}, all day`;
  const end = meetingEndMs(meeting) ?? start;
  const time = (ms: number) => new Date(ms).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  const span = wallTimeToMs(meeting.end) === null ? time(start) : `${time(start)} – ${time(end)}`;
  const soon = relative(start, end, now);
  return soon ? `${day}, ${span} (${soon})` : `${day}, ${span}`;
}

/**
 * The header's short form, for one line: "Today 14:30 · in 15 min", "Thu 12 May 9:00". The full
 * span (`describeMeetingTime`) goes in its tooltip.
 */
export function shortMeetingTime(
  meeting: Pick<Meeting, 'start' | 'end' | 'allDay'>,
  now = Date.now(),
  locale?: string,
): string {
  const start = wallTimeToMs(meeting.start);
  if (start === null) return 'time not shown';
  const day = dayInWords(start, now, locale, 'short');
  if (meeting.allDay) return `${day}, all day`;
  const time = new Date(start).toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
  // Only the near words ("in 15 min", "happening now"): "in about 22 h" says nothing "Tomorrow" does not.
  const soon = relative(start, meetingEndMs(meeting) ?? start, now);
  return soon && !soon.startsWith('in about') ? `${day} ${time} · ${soon}` : `${day} ${time}`;
}
