import type { ComponentChildren } from 'preact';

/**
 * Where suggestions come from: a calendar tab. Plain links the user follows (Upward itself
 * makes no request); the content script then reads the page on this computer.
 */
const CALENDARS = [
  { name: 'Google Calendar', href: 'https://calendar.google.com/calendar/r/week' },
  { name: 'Outlook (work or school)', href: 'https://outlook.office.com/calendar/view/week' },
  { name: 'Outlook.com', href: 'https://outlook.live.com/calendar/0/view/week' },
] as const;

export function OpenCalendar({ children }: { children: ComponentChildren }) {
  return (
    <div class="open-calendar">
      <p>{children}</p>
      <p class="row wrap">
        <span class="muted">Open in a new tab:</span>
        {CALENDARS.map((calendar) => (
          <a key={calendar.href} href={calendar.href} target="_blank" rel="noopener noreferrer">
            {calendar.name}
          </a>
        ))}
      </p>
    </div>
  );
}
