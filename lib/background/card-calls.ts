import type { Browser, browser } from 'wxt/browser';
import { readPrepFrameMessage } from '../content/prep-messages';
import { watchChanges } from '../db';
import { STORE_NAMES } from '../db/schema';
import { type BackgroundMessage, fail, ok, type Result } from '../messages';
import type { SenderInfo } from '../messages-validate';
import { cardCalls, isCardCallName } from '../prep/card-calls';
import {
  CARD_CHANGES_PORT,
  type CardCallMessage,
  type CardToHostMessage,
  type StoreChangedMessage,
} from '../prep/card-store';

const MAX_ARGS = 8;

export function isCardCall(message: unknown): message is { type: 'card/call' } {
  return (message as { type?: unknown } | null)?.type === 'card/call';
}

/**
 * Only Upward's own prep page may use the store through the background. A content
 * script also carries this extension's id, but its sender URL is the calendar page's;
 * the prep frame's is an extension URL (per-session with use_dynamic_url) for prep.html.
 */
export function isPrepPage(sender: SenderInfo, extensionId: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  try {
    const url = new URL(sender.url);
    return (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') && url.pathname === '/prep.html';
  } catch {
    return false;
  }
}

/** Runs one allowlisted store call for the prep card; refusals and errors come back as values. */
export async function handleCardCall(raw: unknown, sender: SenderInfo, extensionId: string): Promise<Result<unknown>> {
  if (!isPrepPage(sender, extensionId)) return fail('Only the prep card may ask for this.');
  const { name, args } = (raw ?? {}) as Partial<CardCallMessage>;
  if (!isCardCallName(name) || !Array.isArray(args) || args.length > MAX_ARGS) return fail('Unknown card call.');
  try {
    const run = cardCalls[name] as (...values: unknown[]) => Promise<unknown>;
    // Messages travel as JSON, where an undefined argument arrives as null: put it back.
    return ok(await run(...args.map((arg) => (arg === null ? undefined : arg))));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export function isCardToHost(message: unknown): message is { type: 'card/to-host' } {
  return (message as { type?: unknown } | null)?.type === 'card/to-host';
}

type SendToTab = (tabId: number, message: BackgroundMessage, options: { frameId: number }) => Promise<unknown>;

/**
 * Passes what a prep card asks of its host ("close me", its height) to the content script of
 * the tab it sits in, saying which meeting's card asked. Only a prep page that is a frame in a
 * tab qualifies; the host acts only if that is the card it has open.
 */
export async function relayCardToHost(
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
  send: SendToTab,
): Promise<void> {
  const tabId = sender.tab?.id;
  if (!isPrepPage(sender, extensionId) || tabId === undefined || !sender.frameId || !sender.url) return;
  const meetingId = new URL(sender.url).searchParams.get('meeting');
  const message = readPrepFrameMessage((raw as Partial<CardToHostMessage>).message);
  if (!meetingId || !message) return;
  await send(tabId, { type: 'prep/host', meetingId, message }, { frameId: 0 }).catch(() => {
    // The calendar tab navigated or closed: nobody to tell.
  });
}

/**
 * Passes the store's change feed on to the prep cards, which cannot hear the
 * BroadcastChannel (the frame lives in the calendar's storage partition), on the port each
 * card opens. Only Upward's own prep page may open one; only store names travel.
 */
export function relayStoreChanges(runtime: Pick<typeof browser.runtime, 'id' | 'onConnect'>): () => void {
  const cards = new Set<Browser.runtime.Port>();
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== CARD_CHANGES_PORT) return;
    if (!port.sender || !isPrepPage(port.sender, runtime.id)) {
      port.disconnect();
      return;
    }
    cards.add(port);
    port.onDisconnect.addListener(() => cards.delete(port));
  };
  runtime.onConnect.addListener(onConnect);
  const stopWatching = watchChanges(STORE_NAMES, ({ store }) => {
    const message: StoreChangedMessage = { type: 'store/changed', store };
    for (const card of cards) {
      try {
        card.postMessage(message);
      } catch {
        cards.delete(card); // Its frame is gone.
      }
    }
  });
  return () => {
    stopWatching();
    runtime.onConnect.removeListener(onConnect);
    for (const card of cards) card.disconnect();
    cards.clear();
  };
}
