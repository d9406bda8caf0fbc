import { type ContentMessage, type ContentToBackground, fail, type Result } from '../messages';
import { checkContentSender, parseContentMessage, type SenderInfo } from '../messages-validate';

/** What the background does with each valid content message, keyed by type. */
export type ContentHandlers = {
  [T in keyof ContentToBackground]: (
    message: ContentMessage<T>,
    tabId: number,
  ) => Promise<ContentToBackground[T]['response']>;
};

/**
 * The background's single entry for content-script messages: sender check,
 * shape check, then the handler. Whatever goes wrong, the caller gets an error
 * value, never an exception (which would surface as a page-side rejection).
 */
export async function handleContentMessage(
  raw: unknown,
  sender: SenderInfo,
  extensionId: string,
  handlers: ContentHandlers,
): Promise<Result<unknown>> {
  const from = checkContentSender(sender, extensionId);
  if (!from.ok) return from;
  const parsed = parseContentMessage(raw);
  if (!parsed.ok) return parsed;
  const message = parsed.value;
  try {
    const handler = handlers[message.type] as (m: ContentMessage, tabId: number) => Promise<unknown>;
    return { ok: true, value: await handler(message, from.value.tabId) };
  } catch (error) {
    console.error('Upward: handling', message.type, 'failed', error);
    return fail('Upward could not handle that message.');
  }
}
