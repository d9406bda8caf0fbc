// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { BackupSection } from '../../../../components/options/BackupSection';
import { backupFileName, fileSafe } from '../../../../components/shared/download';
import * as backup from '../../../../lib/backup';

vi.mock('../../../../lib/backup', async (original) => ({
  importSummary: (await original<typeof import('../../../../lib/backup')>()).importSummary,
  isEncryptedBackup: (await original<typeof import('../../../../lib/backup')>()).isEncryptedBackup,
  decryptBackup: (await original<typeof import('../../../../lib/backup')>()).decryptBackup,
  encryptBackup: (await original<typeof import('../../../../lib/backup')>()).encryptBackup,
  exportBackupJson: vi.fn(async () => '{"format":"upward-backup"}'),
  importBackupJson: vi.fn(),
  undoImport: vi.fn(async () => ({ ok: true, restored: 2, left: 1 })),
  personPrepMarkdown: vi.fn(async () => '# Dana'),
}));

function pick(file: File) {
  const input = screen.getByLabelText('Import backup') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  vi.mocked(backup.importBackupJson).mockReset();
});

describe('import', () => {
  test('says which newer copies it kept, and offers to undo the whole import in one click', async () => {
    const undo = { records: [{ store: 'people' as const, key: 'dana', after: {} }] };
    vi.mocked(backup.importBackupJson).mockResolvedValue({
      ok: true,
      counts: { people: 1, needs: 2 },
      kept: { needs: 1 },
      undo,
    });
    render(<BackupSection />);
    pick(new File(['{}'], 'older.json'));
    expect((await screen.findByText(/^Imported/)).textContent).toBe(
      'Imported 1 person and 2 needs. Kept your newer copy of 1 need (changed here after this backup was made).',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    expect(await screen.findByText(/^Import undone/)).toHaveProperty(
      'textContent',
      'Import undone: what it changed is back as it was. 1 record you changed since the import was left as it is.',
    );
    expect(backup.undoImport).toHaveBeenCalledWith(undo);
    expect(screen.queryByRole('button', { name: 'Undo import' })).toBeNull();
  });

  test('shows every refusal with its field path in an alert', async () => {
    vi.mocked(backup.importBackupJson).mockResolvedValue({
      ok: false,
      problems: [
        { path: 'people.0.emails.1', message: 'Expected a string' },
        { path: 'version', message: 'This backup comes from a newer Upward' },
      ],
    });
    render(<BackupSection />);
    pick(new File(['{"format":"upward-backup"}'], 'bad.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was imported');
    expect(alert.textContent).toContain('people.0.emails.1: Expected a string');
    expect(alert.textContent).toContain('version: This backup comes from a newer Upward');
    expect(backup.importBackupJson).toHaveBeenCalledWith('{"format":"upward-backup"}');
  });

  test('says "Imported" with the counts', async () => {
    vi.mocked(backup.importBackupJson).mockResolvedValue({
      ok: true,
      counts: { people: 2, needs: 1, notes: 0 },
      kept: {},
      undo: { records: [] },
    });
    render(<BackupSection />);
    pick(new File(['{}'], 'good.json'));
    expect((await screen.findByText(/^Imported/)).textContent).toBe('Imported 2 people and 1 need.');
  });

  test('lists what is worth a look after a successful import', async () => {
    vi.mocked(backup.importBackupJson).mockResolvedValue({
      ok: true,
      counts: { needs: 1 },
      kept: {},
      undo: { records: [] },
      notices: [{ path: 'needs.0.personId', message: 'names nobody in the file or in Upward' }],
    });
    render(<BackupSection />);
    pick(new File(['{}'], 'good.json'));
    const list = await screen.findByRole('list', { name: 'Worth a look' });
    expect(list.textContent).toContain('needs.0.personId: names nobody');
  });

  test('refuses a file far too big to be a backup without reading it', async () => {
    render(<BackupSection />);
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: 60 * 1024 * 1024 });
    pick(huge);
    expect((await screen.findByRole('alert')).textContent).toContain('too big');
    expect(backup.importBackupJson).not.toHaveBeenCalled();
  });
});

describe('encrypted backups', () => {
  test('an encrypted file asks for its passphrase; a wrong one is refused, the right one imports', async () => {
    vi.mocked(backup.importBackupJson).mockResolvedValue({
      ok: true,
      counts: { people: 1 },
      kept: {},
      undo: { records: [] },
    });
    const sealed = await backup.encryptBackup('{"format":"upward-backup","version":2}', 'a long passphrase');
    render(<BackupSection />);
    pick(new File([sealed], 'upward-backup-2026-03-10.encrypted.json'));
    const field = await screen.findByLabelText('upward-backup-2026-03-10.encrypted.json is encrypted: its passphrase');
    fireEvent.input(field, { target: { value: 'not the passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Decrypt and import' }));
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toMatch(
      /Nothing was imported.*passphrase is not the one/,
    );
    expect(backup.importBackupJson).not.toHaveBeenCalled();
    fireEvent.input(field, { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Decrypt and import' }));
    expect(await screen.findByText('Imported 1 person.', {}, { timeout: 5000 })).toBeTruthy();
    expect(backup.importBackupJson).toHaveBeenCalledWith('{"format":"upward-backup","version":2}');
  });

  test('export refuses a short passphrase or two that differ, and names the file .encrypted.json', async () => {
    const saved: string[] = [];
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:backup';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    render(<BackupSection />);
    fireEvent.click(screen.getByLabelText('Encrypt with a passphrase'));
    const [first, second] = [screen.getByLabelText('Passphrase'), screen.getByLabelText('Passphrase again')];
    fireEvent.input(first, { target: { value: 'short' } });
    fireEvent.input(second, { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export encrypted backup' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/at least 10 characters/);
    fireEvent.input(first, { target: { value: 'a long passphrase' } });
    fireEvent.input(second, { target: { value: 'a long passphrase!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export encrypted backup' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/differ/);
    fireEvent.input(second, { target: { value: 'a long passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export encrypted backup' }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 5000 });
    expect(saved[0]).toMatch(/^upward-backup-\d{4}-\d{2}-\d{2}\.encrypted\.json$/);
    expect(backup.isEncryptedBackup(await (blobs[0] as Blob).text())).toBe(true);
  });
});

describe('export', () => {
  test('downloads upward-backup-<date>.json through a link', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<BackupSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(clicked).toEqual([backupFileName()]));
    expect(clicked[0]).toMatch(/^upward-backup-\d{4}-\d{2}-\d{2}\.json$/);
  });

  test('says so when the backup cannot be made', async () => {
    vi.mocked(backup.exportBackupJson).mockRejectedValueOnce(new Error('disk full'));
    render(<BackupSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
  });
});

test('file names', () => {
  expect(backupFileName(new Date(2026, 2, 9, 23, 59))).toBe('upward-backup-2026-03-09.json');
  expect(fileSafe('Ana María Núñez')).toBe('ana-maria-nunez');
  expect(fileSafe('../../etc')).toBe('etc');
  expect(fileSafe('🙂')).toBe('person');
});
