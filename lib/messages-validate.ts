import * as v from 'valibot';
import type { CalendarEvent } from './calendar/types';
import { isCalendarUrl } from './hosts';
import { type ContentMessage, fail, MESSAGE_LIMITS, ok, type Result } from './messages';

/**
 * Every message from a content script is untrusted: the calendar page can
 * shape what the content script reads. Check the sender first, then the shape.
 */

const text = v.pipe(v.string(), v.maxLength(MESSAGE_LIMITS.textLength));
const nullableText = v.nullable(text);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.idLength));
const site = v.picklist(['google', 'outlook']);
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const wallTime = v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/)));

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

const email = v.pipe(v.string(), v.maxLength(320), v.toLowerCase());

const contentMessage = v.variant('type', [
  v.strictObject({
    type: v.literal('calendar/events'),
    site,
    events: v.pipe(v.array(calendarEvent), v.maxLength(MESSAGE_LIMITS.eventsPerMessage)),
  }),
  v.strictObject({
    type: v.literal('calendar/guests'),
    site,
    event: calendarEvent,
    emails: v.pipe(v.array(email), v.maxLength(MESSAGE_LIMITS.guestsPerEvent)),
  }),
  v.strictObject({
    type: v.literal('calendar/shown'),
    site,
    from: day,
    to: day,
    ids: v.pipe(v.array(id), v.maxLength(MESSAGE_LIMITS.eventsPerMessage)),
  }),
  v.strictObject({
    type: v.literal('calendar/account'),
    site,
    label: v.pipe(v.string(), v.minLength(1), v.maxLength(MESSAGE_LIMITS.accountLabelLength)),
  }),
  v.strictObject({ type: v.literal('prep/claim-auto-open'), eventId: id }),
]);

export function parseContentMessage(raw: unknown): Result<ContentMessage> {
  const parsed = v.safeParse(contentMessage, raw);
  if (parsed.success) return ok(parsed.output as ContentMessage);
  const issue = parsed.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return fail(`Bad message${path ? ` at ${path}` : ''}: ${issue.message}`);
}

/** The parts of a runtime.MessageSender the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
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
