// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupPage } from '../../../../components/popup/PopupPage';
import { BackupNag } from '../../../../components/shared/BackupNag';
import { backupDue } from '../../../../lib/backup/nag';
import { notes } from '../../../../lib/db';

const DAY = 24 * 60 * 60_000;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  await notes.add({ text: 'Ask about the offsite' }, Date.now() - 30 * DAY);
  // Upward first saw this work, in no backup, three weeks ago.
  await fakeBrowser.storage.local.set({ 'upward:unsaved-work-since': Date.now() - 21 * DAY });
});
afterEach(cleanup);

test('says the notes are in no backup, and one click exports them and quiets it', async () => {
  render(<BackupNag />);
  expect((await screen.findByRole('heading', { name: 'Back up your notes' })).textContent).toBeTruthy();
  expect(screen.getByText(/You have not exported a backup of them yet/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
  expect((await screen.findByRole('status')).textContent).toMatch(/^Saved upward-backup-.*\.json to your downloads\.$/);
  expect(await backupDue()).toMatchObject({ due: false, lastExportAt: expect.any(Number) });
});

test('the popup shows it, once its first reads are in', async () => {
  render(<PopupPage onReady={() => undefined} />);
  await waitFor(() => expect(screen.getByRole('heading', { name: 'Back up your notes' })).toBeTruthy());
  expect(screen.getByRole('button', { name: 'Export backup' })).toBeTruthy();
});
