import type { CDPSession, Page } from '@playwright/test';
import {
  TYPED_MARKERS as MARKERS,
  TYPED_NEED as NEED,
  TYPED_NOTE as NOTE,
  reachesIntoCard,
  SPY_SCRIPT,
  spyDumpInPage,
} from '../support/hostile-page';
import { badgedTitles, badgeOf, GOOGLE_WEEK, prepFrame, serveCalendar, test } from './calendar-app';
import { expect, SAMPLE_PEOPLE, setUpPeople } from './extension';

const dump = (page: Page) => page.evaluate(spyDumpInPage);

/**
 * Listens in the content script's own isolated world (found through the DevTools protocol):
 * every runtime message it gets, every window message, every key and input event it could see.
 */
async function listenInContentScript(page: Page): Promise<{ read(): Promise<string[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => contexts.some((c) => c.auxData?.type === 'isolated' && c.name === 'Upward')).toBe(true);
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Upward');
  await cdp.send('Runtime.evaluate', {
    contextId: world?.id,
    expression: `(() => {
      const seen = (globalThis.__upwardSeen = []);
      chrome.runtime.onMessage.addListener((message) => { seen.push('runtime ' + JSON.stringify(message)); });
      window.addEventListener('message', (event) => seen.push('window ' + JSON.stringify(event.data)), true);
      for (const type of ['keydown', 'keyup', 'input', 'beforeinput', 'compositionupdate']) {
        document.addEventListener(type, (event) => seen.push(type + ' ' + (event.key ?? event.data ?? '')), true);
      }
      // The card notes what is typed in the extension's storage until it is written: not for content scripts.
      const peek = () => {
        try {
          chrome.storage.local.get(null).then(
            (all) => seen.push('storage ' + JSON.stringify(all)),
            (error) => seen.push('storage refused'),
          );
        } catch {
          seen.push('storage refused');
        }
      };
      try {
        chrome.storage.onChanged.addListener((changes) => seen.push('storage-change ' + JSON.stringify(changes)));
      } catch {
        seen.push('storage refused');
      }
      globalThis.__upwardPeek = peek;
      setInterval(peek, 20);
    })()`,
  });
  return {
    async read() {
      const result = await cdp.send('Runtime.evaluate', {
        contextId: world?.id,
        expression: 'JSON.stringify(globalThis.__upwardSeen)',
        returnByValue: true,
      });
      return JSON.parse(String(result.result.value)) as string[];
    },
  };
}

test('a hostile calendar page sees none of what is typed in the prep card', async ({ context, extensionId }) => {
  await setUpPeople(context, extensionId, SAMPLE_PEOPLE);
  await context.addInitScript({ path: SPY_SCRIPT });
  await serveCalendar(context, 'google', 'tests/fixtures/google/week.html');
  const page = await context.newPage();
  await page.goto(GOOGLE_WEEK);
  await expect.poll(() => badgedTitles(page, 'google')).toContain('Dana / Sam');
  const contentScript = await listenInContentScript(page);

  await badgeOf(page, 'google', 'Dana / Sam').click();
  const frame = await prepFrame(page);
  await frame.getByRole('textbox', { name: 'Add to raise' }).waitFor();
  await page.waitForTimeout(300); // a few rounds of the spy's polling
  const before = await dump(page);
  // The spy is running: it sees focus sitting on Upward's host element, and nothing inside it.
  expect(before.log).toContain('active: UPWARD-PREP value= text=');

  // Real keystrokes, one by one, into the card.
  const need = frame.getByRole('textbox', { name: 'Add to raise' });
  await need.click();
  await need.pressSequentially(NEED);
  await need.press('Enter');
  await expect(frame.getByRole('list', { name: 'To raise' }).locator('.item-text')).toHaveText([NEED]);
  const notes = frame.getByRole('textbox', { name: 'Notes for this meeting' });
  await notes.click();
  await notes.pressSequentially(NOTE);
  await page.waitForTimeout(800);
  const after = await dump(page);
  const seenByContentScript = await contentScript.read();

  // The page: not one key or input event while typing, and no trace of the text anywhere.
  expect(after.keys - before.keys).toBe(0);
  const everything = [...after.log, after.html].join('\n');
  for (const marker of MARKERS) expect(everything, `the page saw "${marker}"`).not.toContain(marker);
  // What it did try: the frame's document is out of reach, the host's shadow root is closed.
  expect(reachesIntoCard(after.log)).toEqual([]);
  // The content script: never the text, in a message or in extension storage.
  for (const marker of MARKERS) expect(seenByContentScript.join('\n')).not.toContain(marker);
  // Of runtime messages, only "resize" (with the meeting it measured) and "close" from the card and
  // "which meeting?" from a card kept ready (passed on by the background, naming the frame), and
  // "recheck" from the background (a
  // need was added: the badge's count changes); what it can read of extension storage holds the
  // card's notes of the typing sealed (no marker above), beside the content script's own tables.
  const fromCard =
    /^runtime \{"type":"prep\/host","frame":"[0-9a-f-]{36}","message":(\{"type":"prep\/close"\}|\{"type":"prep\/next"(,"shows":"google:[^"]+")?\}|\{"type":"prep\/resize","height":\d+(,"shows":"google:[^"]+")?\})\}$/;
  const recheck = /^runtime \{"type":"calendar\/recheck"\}$/;
  const messages = seenByContentScript.filter((line) => line.startsWith('runtime '));
  expect(messages.filter((line) => !fromCard.test(line) && !recheck.test(line))).toEqual([]);
  expect(seenByContentScript.some((line) => line.startsWith('storage'))).toBe(true);
  // And the text did reach the card's own storage (the test typed where it meant to).
  await expect(notes).toHaveValue(NOTE);
});
