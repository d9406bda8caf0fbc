import type { CardCallArgs, CardCallName, CardCallResult, CardCalls } from '../prep/card-calls';
import type { BackgroundMessage } from './background-to-tab';
import { type PrepFrameMessage, readPrepFrameMessage } from './frame-to-tab';
import type { SenderInfo } from './protocol';
import { fail, ok, type Result, typed } from './protocol';

/**
 * The prep card → background: one allowlisted store call. The map is `cardCalls` itself
 * (lib/prep/card-calls.ts, which also says why the card never opens IndexedDB): a call's
 * name, its arguments and its answer are that function's. Only extension pages can send
 * runtime messages; the background also checks the sender is its own prep.html.
 */
export interface CardCallMessage<N extends CardCallName = CardCallName> {
  type: 'card/call';
  name: N;
  args: CardCallArgs<N>;
}

const MAX_ARGS = 8;

/**
 * The card's send helper: the background answers a `card/call` with a `Result` of that call's
 * return value; no answer at all means it could not be reached.
 */
export async function callBackground<N extends CardCallName>(
  send: (message: unknown) => Promise<unknown>,
  name: N,
  args: CardCallArgs<N>,
): Promise<CardCallResult<N>> {
  const message: CardCallMessage<N> = { type: 'card/call', name, args };
  const answer = (await send(message)) as Result<CardCallResult<N>> | undefined;
  if (!answer) throw new Error('Upward could not reach its store. Reload the page to try again.');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

export const isCardCall = (raw: unknown): boolean => typed(raw)?.type === 'card/call';

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

/** The background's side: runs one allowlisted call; refusals and errors come back as values. */
export async function receiveCardCall(
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
  calls: CardCalls,
): Promise<Result<unknown>> {
  if (!isPrepPage(sender, extensionId)) return fail('Only the prep card may ask for this.');
  const message = typed(raw);
  const name = message?.name;
  const args = message?.args;
  if (typeof name !== 'string' || !Object.hasOwn(calls, name) || !Array.isArray(args) || args.length > MAX_ARGS)
    return fail('Unknown card call.');
  try {
    const run = calls[name as CardCallName] as (...values: unknown[]) => Promise<unknown>;
    // Messages travel as JSON, where an undefined argument arrives as null: put it back.
    return ok(await run(...args.map((arg) => (arg === null ? undefined : arg))));
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Prep card → background: pass this on to the calendar page hosting me (frame-to-tab.ts). */
export interface CardToHostMessage {
  type: 'card/to-host';
  message: PrepFrameMessage;
}

export const isCardToHost = (raw: unknown): boolean => typed(raw)?.type === 'card/to-host';

/**
 * The background's side: passes what a prep card asks of its host ("close me", its height, which
 * meeting) to the content script of the tab the card sits in, naming the card's frame (`frame` in
 * its URL, which the host gave it), and returns the host's answer. Only a prep page that is a
 * frame in a tab qualifies; the host acts only on frames it made, and "close" only from the card
 * it has open.
 */
export async function relayCardToHost(
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
  send: (tabId: number, message: BackgroundMessage, options: { frameId: number }) => Promise<unknown>,
): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (!isPrepPage(sender, extensionId) || tabId === undefined || !sender.frameId || !sender.url) return undefined;
  const frame = new URL(sender.url).searchParams.get('frame');
  const message = readPrepFrameMessage(typed(raw)?.message);
  if (!frame || !message) return undefined;
  return send(tabId, { type: 'prep/host', frame, message }, { frameId: 0 }).catch(() => {
    // The calendar tab navigated or closed: nobody to tell.
    return undefined;
  });
}
