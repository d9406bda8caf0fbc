import type { Parsed } from '../../lib/db/settings';
import { ParsedField, Toggle } from './fields';
import { useSetting } from './useSetting';

const DAYS = { min: 1, max: 365 } as const;

function parseDays(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, error: 'Use whole days, like 14.' };
  const days = Number(trimmed);
  if (days < DAYS.min || days > DAYS.max) return { ok: false, error: `Use ${DAYS.min} to ${DAYS.max} days.` };
  return { ok: true, value: days };
}

/** When "Back up your notes" appears in the popup and here: after how many days, or never. */
export function BackupReminderFields() {
  const { value, change, note } = useSetting('backupReminder');
  if (!value) return null;
  return (
    <div class="backup-reminder">
      <Toggle
        id="backup-reminder"
        label="Remind me to export a backup"
        hint="Only when there is something in no backup yet."
        checked={value.enabled}
        onChange={(on) => void change((r) => ({ ...r, enabled: on }))}
      />
      <ParsedField
        id="backup-reminder-days"
        label="After"
        type="number"
        suffix="days without one"
        min={DAYS.min}
        max={DAYS.max}
        value={value.days}
        format={String}
        parse={parseDays}
        disabled={!value.enabled}
        onSave={(days) => void change((r) => ({ ...r, days }))}
      />
      <span role="status" class="saved-note">
        {note}
      </span>
    </div>
  );
}
