import { browser } from 'wxt/browser';
import { watchChanges } from '../db';
import { STORE_NAMES } from '../db/schema';
import { fail, ok, type Result } from '../messages';
import type { SenderInfo } from '../messages-validate';
import { cardCalls, isCardCallName } from '../prep/card-calls';
import type { CardCallMessage, StoreChangedMessage } from '../prep/card-store';

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

/**
 * Passes the store's change feed on to extension pages that cannot hear the
 * BroadcastChannel (the prep frame lives in the calendar's storage partition).
 */
export function relayStoreChanges(): () => void {
  return watchChanges(STORE_NAMES, ({ store }) => {
    const message: StoreChangedMessage = { type: 'store/changed', store };
    browser.runtime.sendMessage(message).catch(() => {
      // No extension page is open to hear it.
    });
  });
}
