import { useState } from 'preact/hooks';
import {
  decryptBackup,
  type ImportOutcome,
  type ImportUndo,
  importBackupJson,
  importSummary,
  isEncryptedBackup,
  personPrepMarkdown,
  undoImport,
} from '../../lib/backup';
import { people } from '../../lib/db';
import { BackupNag } from '../shared/BackupNag';
import { downloadText, fileSafe, localDate } from '../shared/download';
import { useLive } from '../shared/useLive';
import { BackupReminderFields } from './BackupReminderFields';
import { ExportBackup } from './ExportBackup';
import { Section } from './Section';

/** Far beyond any real backup; a bigger file is not one of ours, and reading it would stall the page. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

type Shown =
  | { kind: 'ok'; text: string; notices: string[]; undo?: ImportUndo }
  | { kind: 'problems'; intro: string; items: string[] }
  | null;

function describe(outcome: ImportOutcome): Shown {
  if (outcome.ok) {
    const notices = (outcome.notices ?? []).map((notice) => `${notice.path}: ${notice.message}`);
    const changed = outcome.undo.records.length > 0 || outcome.undo.checklist !== undefined;
    return {
      kind: 'ok',
      text: importSummary(outcome.counts, outcome.kept),
      notices,
      undo: changed ? outcome.undo : undefined,
    };
  }
  return {
    kind: 'problems',
    intro: 'Nothing was imported: the file has these problems.',
    items: outcome.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
  };
}

/** Export and import of everything, and one person's prep as Markdown for a shared doc. */
export function BackupSection() {
  const [shown, setShown] = useState<Shown>(null);
  const [busy, setBusy] = useState(false);

  const undoLast = async (undo: ImportUndo) => {
    setBusy(true);
    const outcome = await undoImport(undo);
    setBusy(false);
    if (!outcome.ok) {
      setShown({ kind: 'problems', intro: 'The import was not undone; nothing changed.', items: [outcome.error] });
      return;
    }
    const left = outcome.left
      ? ` ${outcome.left.toLocaleString('en')} ${outcome.left === 1 ? 'record' : 'records'} you changed since the import ${outcome.left === 1 ? 'was' : 'were'} left as ${outcome.left === 1 ? 'it is' : 'they are'}.`
      : '';
    setShown({ kind: 'ok', text: `Import undone: what it changed is back as it was.${left}`, notices: [] });
  };

  /** An encrypted file waiting for its passphrase. */
  const [locked, setLocked] = useState<{ name: string; text: string }>();
  const [passphrase, setPassphrase] = useState('');

  const importText = async (text: string) => setShown(describe(await importBackupJson(text)));

  const unlock = async () => {
    if (!locked) return;
    setBusy(true);
    const opened = await decryptBackup(locked.text, passphrase);
    if (opened.ok) {
      setLocked(undefined);
      setPassphrase('');
      await importText(opened.value);
    } else setShown({ kind: 'problems', intro: 'Nothing was imported.', items: opened.problems.map((p) => p.message) });
    setBusy(false);
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setShown(null);
    try {
      if (file.size > MAX_IMPORT_BYTES)
        setShown({
          kind: 'problems',
          intro: 'Nothing was imported.',
          items: [`${file.name} is ${(file.size / 1048576).toFixed(0)} MB: too big to be an Upward backup.`],
        });
      else {
        const text = await file.text();
        setLocked(undefined);
        if (isEncryptedBackup(text)) setLocked({ name: file.name, text });
        else await importText(text);
      }
    } catch (error) {
      setShown({
        kind: 'problems',
        intro: 'Nothing was imported.',
        items: [`Could not read ${file.name}: ${String(error)}`],
      });
    } finally {
      setBusy(false);
      // The same file may be picked again after the user fixed it.
      input.value = '';
    }
  };

  return (
    <Section
      id="backup"
      title="Backup"
      intro="Your notes live only in this browser. A backup file is the way to keep them safe or move them to another computer."
    >
      <BackupNag />
      <div class="backup-actions">
        <div>
          <ExportBackup
            onDone={({ ok, text }) =>
              setShown(
                ok
                  ? { kind: 'ok', text, notices: [] }
                  : { kind: 'problems', intro: 'The backup was not saved.', items: [text] },
              )
            }
          />
          <BackupReminderFields />
        </div>
        <div>
          <label for="import-backup">Import backup</label>
          <input
            id="import-backup"
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void importFile(e.currentTarget)}
          />
          <p class="muted hint">
            Adds from the file and keeps whichever copy of a record is newer; Undo takes the whole import back. A file
            with any problem changes nothing.
          </p>
          {locked && (
            <form
              class="unlock-backup"
              onSubmit={(event) => {
                event.preventDefault();
                void unlock();
              }}
            >
              <label for="import-passphrase">{locked.name} is encrypted: its passphrase</label>
              <input
                id="import-passphrase"
                type="password"
                autocomplete="current-password"
                value={passphrase}
                onInput={(event) => setPassphrase(event.currentTarget.value)}
              />
              <p class="row wrap">
                <button type="submit" class="primary" disabled={busy || !passphrase}>
                  Decrypt and import
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setLocked(undefined);
                    setPassphrase('');
                  }}
                >
                  Cancel
                </button>
              </p>
            </form>
          )}
        </div>
      </div>
      {shown?.kind === 'ok' && (
        <div role="status" class="ok-note">
          <p>{shown.text}</p>
          {shown.undo && (
            <button type="button" disabled={busy} onClick={() => shown.undo && void undoLast(shown.undo)}>
              Undo import
            </button>
          )}
          {shown.notices.length > 0 && (
            <ul aria-label="Worth a look">
              {shown.notices.slice(0, 20).map((notice) => (
                <li key={notice}>{notice}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {shown?.kind === 'problems' && (
        <div role="alert" class="problems">
          <p>{shown.intro}</p>
          <ul>
            {[...new Set(shown.items)].slice(0, 50).map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          {shown.items.length > 50 && <p>…and {shown.items.length - 50} more.</p>}
        </div>
      )}
      <MarkdownExport />
    </Section>
  );
}

/** One person's prep as Markdown: downloaded, or copied to paste into a shared doc. */
function MarkdownExport() {
  const everyone = useLive(() => people.sorted(), ['people']);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const list = everyone.status === 'ready' ? everyone.value : [];
  const person = list.find((p) => p.id === chosen) ?? list[0];

  const withMarkdown = async (use: (markdown: string) => Promise<string>) => {
    if (!person) return;
    try {
      setMessage({ ok: true, text: await use(await personPrepMarkdown(person.id)) });
    } catch (error) {
      setMessage({ ok: false, text: `Could not export ${person.name}’s prep (${(error as Error).message ?? error}).` });
    }
  };

  return (
    <div class="markdown-export">
      <h3>One person’s prep, as Markdown</h3>
      {list.length === 0 ? (
        <p class="empty">Add a person above to export their prep.</p>
      ) : (
        <>
          <label for="markdown-person">Whose prep</label>
          <select id="markdown-person" value={person?.id} onChange={(e) => setChosen(e.currentTarget.value)}>
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <p class="row wrap">
            <button
              type="button"
              onClick={() =>
                void withMarkdown(async (markdown) => {
                  const name = `upward-prep-${fileSafe(person?.name ?? '')}-${localDate(new Date())}.md`;
                  downloadText(name, markdown, 'text/markdown');
                  return `Saved ${name} to your downloads.`;
                })
              }
            >
              Export as Markdown
            </button>
            <button
              type="button"
              onClick={() =>
                void withMarkdown(async (markdown) => {
                  await navigator.clipboard.writeText(markdown);
                  return 'Copied. Paste it into your shared doc.';
                })
              }
            >
              Copy as Markdown
            </button>
          </p>
        </>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} class={message.ok ? 'ok-note' : ''}>
          {message.text}
        </p>
      )}
    </div>
  );
}
