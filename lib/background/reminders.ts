import { type Browser, browser } from 'wxt/browser';
import { meetings, needs, people, questions, settings, watchChangesSettled } from '../db';
import { reminderNotice } from '../reminders/notice';
import { dueReminder, parseReminderName, plannedReminders } from '../reminders/schedule';
import { browserTimeZone, instantOf, parseWallTime } from '../reminders/wall-time';
import { parseWrapUpName, plannedWrapUps } from '../reminders/wrap-up';
import { countToRaise } from '../to-raise';
import { openPrep } from './open-prep';
import { showReminder } from './reminder-notification';
import { claimReminder } from './reminder-record';
import { askForWrapUpIfDue, openWrapUp, wrapUpPromptSettings } from './wrap-up-prompt';

/**
 * Reminders in the background, and the wrap-up prompt after each 1:1: the browser's alarms
 * are made to match the pure plans (lib/reminders/schedule.ts, lib/reminders/wrap-up.ts), always from the store, because browsers may drop alarms on
 * update or restart. An alarm only wakes us: whether to show anything is decided again
 * from the store at that moment.
 */

/** Re-plans every hour, so a meeting beyond the plan's horizon is armed in time. */
export const REPLAN_ALARM = 'upward-reminders-replan';
const REPLAN_MINUTES = 60;
/** An alarm within this of its planned time is left alone. */
const SAME_TIME_MS = 1000;

let queue: Promise<void> = Promise.resolve();
let pending = false;

/**
 * Makes the alarms match the plan: creates missing ones, moves moved ones, clears the rest.
 * Calls made while one runs fold into a single follow-up run, which sees the latest store.
 */
export function rearmReminders(): Promise<void> {
  if (pending) return queue;
  pending = true;
  queue = queue.then(async () => {
    pending = false;
    try {
      await reconcileAlarms();
    } catch (error) {
      console.error('Upward: could not arm reminders', error);
    }
  });
  return queue;
}

async function reconcileAlarms(now = Date.now()): Promise<void> {
  const [allMeetings, everyone, reminderSettings, promptSettings, alarms] = await Promise.all([
    meetings.all(),
    people.all(),
    settings.get('reminders'),
    wrapUpPromptSettings(),
    browser.alarms.getAll(),
  ]);
  const plan = [
    ...plannedReminders(allMeetings, everyone, reminderSettings, now),
    ...plannedWrapUps(allMeetings, everyone, promptSettings, now),
  ];
  const ours = (name: string) => parseReminderName(name) || parseWrapUpName(name);
  const armed = new Map(alarms.filter((alarm) => ours(alarm.name)).map((a) => [a.name, a]));
  for (const reminder of plan) {
    const alarm = armed.get(reminder.name);
    armed.delete(reminder.name);
    // A reminder already due keeps the alarm that is about to fire.
    const kept = alarm && (Math.abs(alarm.scheduledTime - reminder.when) < SAME_TIME_MS || reminder.when <= now);
    if (!kept) await browser.alarms.create(reminder.name, { when: reminder.when });
  }
  for (const stale of armed.keys()) await browser.alarms.clear(stale);
  if (!alarms.some((alarm) => alarm.name === REPLAN_ALARM)) {
    await browser.alarms.create(REPLAN_ALARM, { periodInMinutes: REPLAN_MINUTES });
  }
}

/** Re-plans when what reminders and wrap-up prompts depend on changes: meetings, people, settings. */
export function rearmRemindersOnChange(delayMs = 250): () => void {
  return watchChangesSettled(['meetings', 'people', 'settings'], delayMs, () => void rearmReminders());
}

/** `alarms.onAlarm`: shows a reminder that is still deserved, or re-plans. */
export async function onReminderAlarm(alarm: Browser.alarms.Alarm, now = Date.now()): Promise<void> {
  if (alarm.name === REPLAN_ALARM) return rearmReminders();
  const wrapUp = parseWrapUpName(alarm.name);
  if (wrapUp) {
    try {
      if (!(await askForWrapUpIfDue(alarm.name, wrapUp.meetingId, now))) await rearmReminders();
    } catch (error) {
      console.error('Upward: could not ask for a wrap-up', error);
    }
    return;
  }
  const parsed = parseReminderName(alarm.name);
  if (!parsed) return;
  try {
    await remindIfDue(alarm.name, parsed.meetingId, now);
  } catch (error) {
    console.error('Upward: could not show a reminder', error);
  }
}

async function remindIfDue(name: string, meetingId: string, now: number): Promise<void> {
  const [meeting, everyone, reminderSettings, privacy] = await Promise.all([
    meetings.get(meetingId),
    people.all(),
    settings.get('reminders'),
    settings.get('privacy'),
  ]);
  const timeZone = browserTimeZone();
  const due = dueReminder(name, meeting, everyone, reminderSettings, now, timeZone);
  const person = everyone.find((p) => p.id === meeting?.personId);
  const wall = parseWallTime(meeting?.start);
  if (!due || !meeting?.start || !person || !wall) {
    // Moved, cancelled, no longer a 1:1, or shown already: let the plan decide again.
    await rearmReminders();
    return;
  }
  if (!(await claimReminder(meeting.id, due.kind, meeting.start, now))) return;
  const [theirNeeds, theirQuestions] = await Promise.all([needs.forPerson(person.id), questions.forPerson(person.id)]);
  const notice = reminderNotice({
    personName: privacy.namesInNotifications ? person.name : null,
    start: instantOf(wall, timeZone),
    toRaise: countToRaise(theirNeeds, theirQuestions),
    now,
    timeZone,
  });
  // The main reminder stays until seen; an evening-before one may come and go.
  await showReminder(name, notice, due.kind === 'main');
}

/**
 * `notifications.onClicked`: opens the meeting's prep and clears the notification.
 * The E2E tests call this same function (they cannot click an OS notification).
 */
export async function onReminderClicked(notificationId: string): Promise<void> {
  const wrapUp = parseWrapUpName(notificationId);
  if (wrapUp) {
    await browser.notifications.clear(notificationId);
    await openWrapUp(wrapUp.meetingId).catch((error) => console.error('Upward: could not open a wrap-up', error));
    return;
  }
  const parsed = parseReminderName(notificationId);
  if (!parsed) return;
  await browser.notifications.clear(notificationId);
  try {
    await openPrep(parsed.meetingId);
  } catch (error) {
    console.error('Upward: could not open the prep for a reminder', error);
  }
}
