// @vitest-environment happy-dom
import { act, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { RecognitionSection } from '../../../../components/options/RecognitionSection';
import { useLive } from '../../../../components/shared/useLive';
import { settings } from '../../../../lib/db';
import { announceChange } from '../../../../lib/db/changes';

/** A promise the test resolves by hand, to make reads finish in whatever order it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function Shows({ load }: { load: () => Promise<string> }) {
  const live = useLive(load, ['notes']);
  return <p data-testid="shown">{live.status === 'ready' ? live.value : live.status}</p>;
}

describe('useLive: the one live read', () => {
  test('an older read that finishes last never replaces a newer one', async () => {
    const reads: Array<ReturnType<typeof deferred<string>>> = [];
    const load = vi.fn(() => {
      const read = deferred<string>();
      reads.push(read);
      return read.promise;
    });
    render(<Shows load={load} />);
    // Two changes while the first read runs: a burst is one more read, started after the burst.
    announceChange('notes');
    announceChange('notes');
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await new Promise((done) => setTimeout(done, 20));
    await act(async () => reads[0]?.resolve('first (older)'));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await act(async () => reads[1]?.resolve('second (newest)'));
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('second (newest)'));
    // Resolving the first again (a late duplicate) must change nothing.
    await act(async () => reads[0]?.resolve('late'));
    expect(screen.getByTestId('shown').textContent).toBe('second (newest)');
    expect(load).toHaveBeenCalledTimes(2);
  });

  test('reads never overlap, so results land in the order they were asked', async () => {
    let running = 0;
    let most = 0;
    let n = 0;
    const load = () => {
      running++;
      most = Math.max(most, running);
      const mine = ++n;
      return new Promise<string>((done) =>
        setTimeout(
          () => {
            running--;
            done(`read ${mine}`);
          },
          mine === 1 ? 30 : 1,
        ),
      );
    };
    render(<Shows load={load} />);
    for (let i = 0; i < 5; i++) announceChange('notes');
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toMatch(/read [2-9]/));
    expect(most).toBe(1);
  });
});

describe('a settings control while its save is in flight', () => {
  test('a checkbox keeps its new state until the save lands, even when the section redraws', async () => {
    await settings.update('recognition', (r) => r);
    render(<RecognitionSection />);
    const outlook = (await screen.findByLabelText('Outlook on the web')) as HTMLInputElement;
    const titles = screen.getByLabelText('Use event titles as evidence') as HTMLInputElement;
    expect(outlook.checked).toBe(true);

    // Hold every save open, as a busy machine does.
    const gate = deferred<void>();
    const realUpdate = settings.update.bind(settings);
    const update = vi.spyOn(settings, 'update').mockImplementation(async (key, edit) => {
      await gate.promise;
      return realUpdate(key, edit);
    });

    await act(async () => outlook.click());
    expect(outlook.checked).toBe(false);
    // A second control changes while the first save is still open, and the section redraws.
    await act(async () => titles.click());
    expect(titles.checked).toBe(false);
    expect(outlook.checked).toBe(false);

    gate.resolve();
    await waitFor(() => expect(update).toHaveBeenCalledTimes(2));
    await waitFor(async () => {
      const stored = await realGet();
      expect(stored.sites.outlook).toBe(false);
      expect(stored.titlePatterns).toBe(false);
    });
    expect(outlook.checked).toBe(false);
    expect(titles.checked).toBe(false);
  });
});

const realGet = () => settings.get('recognition');
