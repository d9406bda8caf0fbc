import { browser } from 'wxt/browser';
import { openCommitments } from '../commitments/order';
import { commitments, meetings, needs, people, settings } from '../db';
import { isToRaise } from '../model';
import { wrapUpNotice } from '../reminders/notice';
import { browserTimeZone } from '../reminders/wall-time';
import { dueWrapUp, type WrapUpPromptSettings } from '../reminders/wrap-up';
import { showReminder } from './reminder-notification';
import { claimReminder } from './reminder-record';

/** The wrap-up prompt's settings: its own switch, and the reminders' quiet hours. */
export async function wrapUpPromptSettings(): Promise<WrapUpPromptSettings> {
  const [wrapUp, reminders] = await Promise.all([settings.get('wrapUp'), settings.get('reminders')]);
  return { notify: wrapUp.notify !== false, quietHours: reminders.quietHours };
}

/**
 * A wrap-up alarm fired: ask "How did your 1:1 with Dana go?" if it is still deserved (not
 * wrapped up, not cancelled, not asked already, outside quiet hours). Returns whether it asked;
 * when it did not, the caller re-plans.
 */
export async function askForWrapUpIfDue(name: string, meetingId: string, now: number): Promise<boolean> {
  const [meeting, everyone, promptSettings] = await Promise.all([
    meetings.get(meetingId),
    people.all(),
    wrapUpPromptSettings(),
  ]);
  const due = dueWrapUp(name, meeting, everyone, promptSettings, now, browserTimeZone());
  const person = everyone.find((p) => p.id === meeting?.personId);
  if (!due || !meeting?.start || !person) return false;
  if (!(await claimReminder(meeting.id, 'wrap-up', meeting.start, now))) return true;
  const [theirNeeds, theirCommitments] = await Promise.all([
    needs.forPerson(person.id),
    commitments.forPerson(person.id),
  ]);
  const open = openCommitments(theirCommitments);
  const privacy = await settings.get('privacy');
  const notice = wrapUpNotice({
    personName: privacy.namesInNotifications ? person.name : null,
    toRaise: theirNeeds.filter(isToRaise).length,
    openCommitments: open.mine + open.theirs,
  });
  // It may wait on screen: the wrap-up is worth doing whenever the user gets to it.
  await showReminder(name, notice, true);
  return true;
}

/** The wrap-up opens in a tab of its own: after the meeting the calendar is not where the user is. */
export async function openWrapUp(meetingId: string): Promise<void> {
  const url = `/prep.html?meeting=${encodeURIComponent(meetingId)}&mode=tab&view=wrap-up`;
  try {
    const tab = await browser.tabs.create({ url });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } catch {
    await browser.windows.create({ url, focused: true });
  }
}
