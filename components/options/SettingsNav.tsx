/** The page's sections, in order: the in-page nav and the page itself agree on these ids. */
export const SECTIONS = [
  { id: 'you', title: 'You' },
  { id: 'people', title: 'People' },
  { id: 'recognition', title: 'Recognition' },
  { id: 'prep', title: 'Prep card' },
  { id: 'reminders', title: 'Reminders' },
  { id: 'after', title: 'After the 1:1' },
  { id: 'sharing', title: 'Screen sharing' },
  { id: 'checklist', title: 'Empathy checklist' },
  { id: 'appearance', title: 'Appearance' },
  { id: 'backup', title: 'Backup' },
] as const;

/** A short table of contents; links move focus to the section's heading for keyboard users. */
export function SettingsNav() {
  return (
    <nav aria-label="Settings sections" class="settings-nav">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              onClick={() => {
                const heading = document.getElementById(`${section.id}-heading`);
                if (!heading) return;
                heading.tabIndex = -1;
                // After the browser's own jump, so focus and scroll agree.
                requestAnimationFrame(() => heading.focus({ preventScroll: true }));
              }}
            >
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
