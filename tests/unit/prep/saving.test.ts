import { describe, expect, test } from 'vitest';
import { createSaveTracker, type SaveState } from '../../../lib/prep/saving';

/** A write the test finishes by hand. */
function controlledWrites() {
  const written: string[] = [];
  const pending: Array<{ value: string; finish: (fail?: Error) => void }> = [];
  const write = (value: string) => () =>
    new Promise<void>((resolve, reject) => {
      pending.push({
        value,
        finish: (fail) => {
          if (fail) reject(fail);
          else {
            written.push(value);
            resolve();
          }
        },
      });
    });
  const finishNext = async (fail?: Error) => {
    pending.shift()?.finish(fail);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { written, pending, write, finishNext };
}

describe('saving as you type', () => {
  test('a burst of keystrokes sends every value at once: nothing waits in the card, where a close would lose it', async () => {
    const tracker = createSaveTracker();
    const io = controlledWrites();
    const saves = ['D', 'Da', 'Dan', 'Dana'].map((value) => tracker.save('need:1', io.write(value)));
    expect(io.pending.map((p) => p.value)).toEqual(['D', 'Da', 'Dan', 'Dana']);
    for (let i = 0; i < 4; i++) await io.finishNext();
    expect(await Promise.all(saves)).toEqual([true, true, true, true]);
    expect(io.written).toEqual(['D', 'Da', 'Dan', 'Dana']);
    expect(tracker.state.kind).toBe('saved');
  });

  test('an older value failing after the newest was written does not report an error', async () => {
    const tracker = createSaveTracker();
    const io = controlledWrites();
    void tracker.save('f', io.write('x'));
    void tracker.save('f', io.write('xy'));
    io.pending.reverse();
    await io.finishNext();
    await io.finishNext(new Error('Disk full'));
    expect(tracker.state.kind).toBe('saved');
  });

  test('different fields write independently', async () => {
    const tracker = createSaveTracker();
    const io = controlledWrites();
    void tracker.save('need:1', io.write('a'));
    void tracker.save('notes', io.write('b'));
    expect(io.pending.map((p) => p.value)).toEqual(['a', 'b']);
  });

  test('state goes saving → saved, and flush waits for the latest value', async () => {
    const tracker = createSaveTracker();
    const seen: SaveState['kind'][] = [];
    tracker.subscribe((state) => seen.push(state.kind));
    const io = controlledWrites();
    void tracker.save('f', io.write('1'));
    void tracker.save('f', io.write('12'));
    let flushed = false;
    const flush = tracker.flush().then(() => {
      flushed = true;
    });
    await io.finishNext();
    expect(flushed).toBe(false);
    await io.finishNext();
    await flush;
    expect(io.written).toEqual(['1', '12']);
    expect(seen).toEqual(['saving', 'saved']);
    expect(tracker.state.kind).toBe('saved');
  });

  test('a failed write reports an error; the next one that succeeds clears it', async () => {
    const tracker = createSaveTracker();
    const io = controlledWrites();
    void tracker.save('f', io.write('x'));
    await io.finishNext(new Error('Disk full'));
    expect(tracker.state).toEqual({ kind: 'error', error: 'Disk full' });
    void tracker.save('f', io.write('xy'));
    await io.finishNext();
    expect(tracker.state.kind).toBe('saved');
  });
});
