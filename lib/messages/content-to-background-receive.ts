import * as v from 'valibot';
import { isCalendarUrl, SITE_IDS } from '../calendar/sites';
import type { CalendarEvent } from '../calendar/types';
import { daysFromTo, isRealWallTime } from '../wall-time';
import { type ContentMessage, type ContentToBackground, MESSAGE_LIMITS } from './content-to-background';
import { dispatch, fail, type Handlers, ok, type Result, type SenderInfo } from './protocol';

/**
 * The background's side of content-to-background.ts. Every message from a content script is
 * untrusted: the calendar page can shape what the content script reads. Check the sender
 * first, then the shape, then hand it to its handler. Only the background imports this file,
 * so the validator stays out of the content script's bundle.
 */

const text = v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.textLength));
const nullableText = v.nullable(text);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.idLength));
const site = v.picklist(SITE_IDS);
const day = v.pipe(
  v.string(),
  v.check((text) => isRealWallTime(text, false), 'is not a day on the calendar'),
);
const wallTime = v.nullable(
  v.pipe(
    v.string(),
    v.check((text) => isRealWallTime(text), 'is not a time on the calendar'),
  ),
);

const calendarEvent = v.strictObject({
  site,
  id,
  seriesId: id,
  recurring: v.boolean(),
  title: text,
  organizer: nullableText,
  start: wallTime,
  end: wallTime,
  allDay: v.boolean(),
  response: v.nullable(v.picklist(['accepted', 'needs-action', 'declined', 'tentative'])),
  cancelled: v.boolean(),
  calendar: v.optional(text),
});

// The validator must accept exactly what the adapters produce: if CalendarEvent
// gains or changes a field, this line stops compiling until the schema follows.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesCalendarEvent: Same<v.InferOutput<typeof calendarEvent>, CalendarEvent> = true;
void schemaMatchesCalendarEvent;

const email = v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.emailLength), v.toLowerCase());

const contentMessage = v.variant('type', [
  v.strictObject({ type: v.literal('calendar/opening') }),
  v.strictObject({
    type: v.literal('calendar/events'),
    site,
    events: v.pipe(v.array(calendarEvent), v.maxLength(MESSAGE_LIMITS.eventsPerMessage)),
    account: v.nullish(v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.accountLabelLength))),
  }),
  v.strictObject({
    type: v.literal('calendar/guests'),
    site,
    event: calendarEvent,
    emails: v.pipe(v.array(email), v.maxLength(MESSAGE_LIMITS.guestsPerEvent)),
  }),
  v.pipe(
    v.strictObject({
      type: v.literal('calendar/shown'),
      site,
      from: day,
      to: day,
      ids: v.pipe(v.array(id), v.maxLength(MESSAGE_LIMITS.eventsPerMessage)),
    }),
    v.check(({ from, to }) => {
      const span = daysFromTo(from, to);
      return span >= 0 && span < MESSAGE_LIMITS.shownDays;
    }, `should span 1 to ${MESSAGE_LIMITS.shownDays} days, first to last`),
  ),
  v.strictObject({ type: v.literal('prep/claim-auto-open'), eventId: id }),
]);

// Likewise the schema must accept exactly the map's messages (each way assignable: the map's
// messages are intersections, which the strict check above would not equate).
type Interchangeable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesMessages: Interchangeable<v.InferOutput<typeof contentMessage>, ContentMessage> = true;
void schemaMatchesMessages;

export function parseContentMessage(raw: unknown): Result<ContentMessage> {
  const parsed = v.safeParse(contentMessage, raw);
  if (parsed.success) return ok(parsed.output);
  const issue = parsed.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return fail(`Bad message${path ? ` at ${path}` : ''}: ${issue.message}`);
}

/** Only this extension's content script, in the top frame of a calendar tab, may report events. */
export function checkContentSender(sender: SenderInfo, extensionId: string): Result<{ tabId: number }> {
  if (sender.id !== extensionId) return fail('Message from another extension refused.');
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return fail('Message not from a browser tab refused.');
  if (sender.frameId !== undefined && sender.frameId !== 0) return fail('Message from a sub-frame refused.');
  if (!isCalendarUrl(sender.url ?? sender.tab?.url)) return fail('Message from a page that is not a calendar refused.');
  return ok({ tabId });
}

/** What the background does with each valid content message, given the sending tab's id. */
export type ContentHandlers = Handlers<ContentToBackground, number>;

/**
 * The background's single entry for content-script messages: sender check,
 * shape check, then the handler. Whatever goes wrong, the caller gets an error
 * value, never an exception (which would surface as a page-side rejection).
 */
export async function receiveContentMessage(
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
    return ok(await dispatch(handlers, message, from.value.tabId));
  } catch (error) {
    console.error('Upward: handling', message.type, 'failed', error);
    return fail('Upward could not handle that message.');
  }
}
