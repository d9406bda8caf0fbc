import { useState } from 'preact/hooks';
import { backupDue } from '../../lib/backup/nag';
import { shortDate } from '../../lib/when';
import { downloadBackup } from './download';
import { useLive } from './useLive';

/**
 * "Back up your notes", with the export one click away: shown in the popup and in settings when
 * there is work in no backup and the last export is older than the user's number of days
 * (lib/backup/nag.ts). Says nothing otherwise.
 */
export function BackupNag() {
  const due = useLive(() => backupDue(), ['settings']);
  const [saved, setSaved] = useState<string>();
  const [problem, setProblem] = useState<string>();
  if (saved)
    return (
      <p class="ok-note" role="status">
        {saved}
      </p>
    );
  if (due.status !== 'ready' || !due.value.due) return null;
  const last = due.value.lastExportAt;
  return (
    <section class="backup-nag" aria-labelledby="backup-nag-title">
      <h2 id="backup-nag-title">Back up your notes</h2>
      <p>
        They live only in this browser and go with it.{' '}
        {last === null
          ? 'You have not exported a backup of them yet.'
          : `Your last backup is from ${shortDate(last)}, and you have written more since.`}
      </p>
      <button
        type="button"
        class="primary"
        onClick={async () => {
          try {
            setSaved(`Saved ${await downloadBackup()} to your downloads.`);
            setProblem(undefined);
          } catch (error) {
            setProblem((error as Error).message);
          }
        }}
      >
        Export backup
      </button>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
