import { useState } from 'preact/hooks';
import { downloadBackup } from '../shared/download';

/** A passphrase this short is guessed too fast, even at 600,000 PBKDF2 iterations a try. */
const MIN_PASSPHRASE = 10;

/** Export everything, sealed with a passphrase if the user wants (lib/backup/encrypted.ts). */
export function ExportBackup({ onDone }: { onDone: (outcome: { ok: boolean; text: string }) => void }) {
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    if (encrypt) {
      const found =
        passphrase.length < MIN_PASSPHRASE
          ? `Use a passphrase of at least ${MIN_PASSPHRASE} characters (a few words is easiest to remember).`
          : passphrase !== again
            ? 'The two passphrases differ: type the same one twice.'
            : '';
      setProblem(found);
      if (found) return;
    }
    setBusy(true);
    try {
      const name = await downloadBackup(new Date(), encrypt ? passphrase : undefined);
      setPassphrase('');
      setAgain('');
      onDone({ ok: true, text: `Saved ${name} to your downloads.` });
    } catch (error) {
      onDone({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="export-backup"
      onSubmit={(event) => {
        event.preventDefault();
        void exportNow();
      }}
    >
      <div class="toggle">
        <input
          id="encrypt-backup"
          type="checkbox"
          checked={encrypt}
          aria-describedby="encrypt-backup-hint"
          onChange={(event) => {
            setEncrypt(event.currentTarget.checked);
            setProblem('');
          }}
        />
        <label for="encrypt-backup">Encrypt with a passphrase</label>
        <p id="encrypt-backup-hint" class="muted hint">
          For a file that may sit in a shared folder or a cloud drive. Without the passphrase nobody can open it,
          including you: Upward cannot recover it.
        </p>
      </div>
      {encrypt && (
        <div class="passphrase-fields">
          <label for="backup-passphrase">Passphrase</label>
          <input
            id="backup-passphrase"
            type="password"
            autocomplete="new-password"
            value={passphrase}
            aria-invalid={problem ? true : undefined}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
          <label for="backup-passphrase-again">Passphrase again</label>
          <input
            id="backup-passphrase-again"
            type="password"
            autocomplete="new-password"
            value={again}
            aria-invalid={problem ? true : undefined}
            onInput={(event) => setAgain(event.currentTarget.value)}
          />
        </div>
      )}
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {encrypt ? 'Export encrypted backup' : 'Export backup'}
      </button>
      <p class="muted hint">
        One file with everything: people, needs, questions, notes, meetings, checklist, settings.
      </p>
    </form>
  );
}
