/**
 * What every channel shares: a typed map of message types, the messages and answers it
 * derives, and expected failures as values. Each channel is one file beside this one.
 */

/** Expected failures are values, not exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** A channel's map: per message type, what the message carries and what a successful answer holds. */
export type ProtocolMap<M> = { [T in keyof M]: { request: object; response: unknown } };

/** The message of one type (or, without `T`, the union of all of them), as sent. */
export type MessageOf<M extends ProtocolMap<M>, T extends keyof M = keyof M> = T extends keyof M
  ? { type: T } & M[T]['request']
  : never;

/** What a successful answer to a message of type `T` holds. */
export type ResponseOf<M extends ProtocolMap<M>, T extends keyof M> = M[T]['response'];

/** A receiver: one handler per message type, given the message and what the receiver knows of its sender. */
export type Handlers<M extends ProtocolMap<M>, Context> = {
  [T in keyof M]: (message: MessageOf<M, T>, context: Context) => Promise<ResponseOf<M, T>>;
};

/** Hands an already-checked message to its handler. */
export function dispatch<M extends ProtocolMap<M>, Context>(
  handlers: Handlers<M, Context>,
  message: MessageOf<M>,
  context: Context,
): Promise<ResponseOf<M, keyof M>> {
  // TypeScript cannot pair a union's member with its own handler; the map guarantees it.
  const handler = handlers[message.type as keyof M] as (m: MessageOf<M>, c: Context) => Promise<ResponseOf<M, keyof M>>;
  return handler(message, context);
}

/** An id a message may carry (an event's, a frame's): 1–1,024 characters, never unbounded. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= 1024;

/** The parts of a runtime.MessageSender the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** A plain object with a `type`, or null: the first look at anything that arrives. */
export function typed(raw: unknown): (Record<string, unknown> & { type: unknown }) | null {
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown> & { type: unknown }) : null;
}
