import { afterEach, beforeEach, describe, expect, type MockInstance, test, vi } from 'vitest';
import { type Browser, browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPrep } from '../../../lib/background/open-prep';
import { onReminderAlarm, onReminderClicked, REPLAN_ALARM, rearmReminders } from '../../../lib/background/reminders';
import { commitments, meetings, needs, people, questions, settings } from '../../../lib/db';
import type { Meeting } from '../../../lib/model';
import { reminderName } from '../../../lib/reminders/schedule';
import { wrapUpName } from '../../../lib/reminders/wrap-up';
import { wallTimeToMs } from '../../../lib/wall-time';

/** Local wall time as an instant: the background plans in the browser's (here: the process's) zone. */
const at = (wall: string) => wallTimeToMs(wall) as number;
const MAIN = reminderName('main', 'google:m1');
const WRAP_UP = wrapUpName('google:m1');

async function aOneOnOne(extra: Partial<Meeting> = {}): Promise<Meeting> {
  const dana = await people.add({ name: 'Dana Reyes', relation: 'manager' });
  return meetings.put({
    id: 'google:m1',
    seriesId: 'google:m',
    title: 'Dana / Sam',
    start: '2026-03-10T15:00',
    end: '2026-03-10T15:30',
    personId: dana.id,
    ticks: [],
    notes: '',
    updatedAt: 0,
    ...extra,
  });
}

/** `notifications.create` has callback overloads; the promise form is the one Upward calls. */
const spyOnNotify = () =>
  vi.spyOn(browser.notifications, 'create') as unknown as MockInstance<
    (id: string, options: Record<string, unknown>) => Promise<string>
  >;

const alarmTimes = async () =>
  Object.fromEntries((await browser.alarms.getAll()).map((alarm) => [alarm.name, alarm.scheduledTime]));

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at('2026-03-10T09:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('alarms follow the stored plan', () => {
  test('arms the main reminder and the hourly re-plan', async () => {
    await aOneOnOne();
    await rearmReminders();
    const alarms = await browser.alarms.getAll();
    expect(alarms.find((alarm) => alarm.name === MAIN)?.scheduledTime).toBe(at('2026-03-10T14:50'));
    expect(alarms.find((alarm) => alarm.name === REPLAN_ALARM)?.periodInMinutes).toBe(60);
  });

  test('a moved meeting moves its alarm; a settings change moves it again', async () => {
    const meeting = await aOneOnOne();
    await rearmReminders();
    await meetings.put({ ...meeting, start: '2026-03-10T16:00' });
    await rearmReminders();
    expect((await alarmTimes())[MAIN]).toBe(at('2026-03-10T15:50'));
    await settings.set('reminders', { ...(await settings.get('reminders')), minutesBefore: 30 });
    await rearmReminders();
    expect((await alarmTimes())[MAIN]).toBe(at('2026-03-10T15:30'));
  });

  test('clears alarms that no longer belong (cancelled, turned off), and leaves others alone', async () => {
    const meeting = await aOneOnOne();
    await browser.alarms.create('someone-else', { when: at('2026-03-10T12:00') });
    await browser.alarms.create(reminderName('main', 'google:deleted'), { when: at('2026-03-10T12:00') });
    await rearmReminders();
    expect(Object.keys(await alarmTimes()).sort()).toEqual([MAIN, WRAP_UP, 'someone-else', REPLAN_ALARM].sort());
    await meetings.put({ ...meeting, cancelled: true });
    await rearmReminders();
    expect(Object.keys(await alarmTimes())).not.toContain(MAIN);
  });

  test('re-arms from the store after the browser dropped every alarm', async () => {
    await aOneOnOne();
    await rearmReminders();
    await browser.alarms.clearAll();
    await rearmReminders();
    expect((await alarmTimes())[MAIN]).toBe(at('2026-03-10T14:50'));
  });
});

describe('when an alarm fires', () => {
  const fire = (name = MAIN) => onReminderAlarm({ name, scheduledTime: Date.now(), persistAcrossSessions: true });

  test('shows "1:1 with <person> in 10 min" with how many things are to raise, once', async () => {
    const meeting = await aOneOnOne();
    const personId = meeting.personId as string;
    await needs.add(personId, 'Tell me when you are disappointed');
    const met = await needs.add(personId, 'More context on the reorg');
    await needs.setStatus(met.id, 'met');
    await questions.add(personId, 'What does success look like this quarter?');
    const create = spyOnNotify();
    vi.setSystemTime(at('2026-03-10T14:50'));

    await fire();
    await fire();

    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toBe(MAIN);
    expect(create.mock.calls[0]?.[1]).toMatchObject({
      type: 'basic',
      title: '1:1 with Dana Reyes in 10 min',
      message: '2 to raise. Click to prepare.',
      requireInteraction: true,
    });
    expect((await meetings.get('google:m1'))?.reminded?.main).toEqual({
      start: '2026-03-10T15:00',
      at: at('2026-03-10T14:50'),
    });
  });

  test('with names left out (sharing your screen), neither the reminder nor the wrap-up names the person', async () => {
    const meeting = await aOneOnOne();
    await needs.add(meeting.personId as string, 'Tell me when you are disappointed');
    await settings.set('privacy', { namesInNotifications: false });
    const create = spyOnNotify();
    vi.setSystemTime(at('2026-03-10T14:50'));
    await fire();
    vi.setSystemTime(at('2026-03-10T15:30'));
    await fire(WRAP_UP);
    const shown = create.mock.calls.map((call) => call[1]);
    expect(shown).toMatchObject([
      { title: 'Your 1:1 in 10 min', message: '1 to raise. Click to prepare.' },
      { title: 'How did your 1:1 go?' },
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/Dana|Reyes/);
  });

  test('two alarms for one reminder at once (kept over a restart, and re-armed) show it once', async () => {
    await aOneOnOne();
    const create = spyOnNotify();
    vi.setSystemTime(at('2026-03-10T14:50'));
    await Promise.all([fire(), fire(), fire()]);
    expect(create).toHaveBeenCalledTimes(1);
  });

  test('a meeting that moved since: no notification, the alarm moves instead', async () => {
    const meeting = await aOneOnOne();
    await meetings.put({ ...meeting, start: '2026-03-10T16:00' });
    const create = spyOnNotify();
    vi.setSystemTime(at('2026-03-10T14:50'));
    await fire();
    expect(create).not.toHaveBeenCalled();
    expect((await alarmTimes())[MAIN]).toBe(at('2026-03-10T15:50'));
  });

  test('if the richer notification is refused, the basic one is shown', async () => {
    await aOneOnOne();
    const create = spyOnNotify()
      .mockRejectedValueOnce(new Error('Unexpected property "requireInteraction"'))
      .mockResolvedValue('ok');
    vi.setSystemTime(at('2026-03-10T14:50'));
    await fire();
    expect(create).toHaveBeenCalledTimes(2);
    expect(create.mock.calls[1]?.[1]).not.toHaveProperty('requireInteraction');
  });

  test('the re-plan alarm re-arms; unknown alarms are ignored', async () => {
    await aOneOnOne();
    await onReminderAlarm({ name: 'not-ours', scheduledTime: Date.now(), persistAcrossSessions: true });
    expect(await alarmTimes()).toEqual({});
    await onReminderAlarm({ name: REPLAN_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    expect((await alarmTimes())[MAIN]).toBe(at('2026-03-10T14:50'));
  });
});

describe('clicking a reminder', () => {
  type Tab = Browser.tabs.Tab;
  const tab = (id: number, extra: Partial<Tab> = {}) =>
    ({
      id,
      windowId: 7,
      index: id,
      active: false,
      highlighted: false,
      pinned: false,
      incognito: false,
      ...extra,
    }) as Tab;

  function calendarTabs(tabs: Tab[], shows: (tabId: number) => unknown) {
    (vi.spyOn(browser.tabs, 'query') as unknown as MockInstance<() => Promise<Tab[]>>).mockResolvedValue(tabs);
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockImplementation(async (tabId: number) => shows(tabId) as never);
    type TabCall = MockInstance<(...args: unknown[]) => Promise<Tab>>;
    const update = (vi.spyOn(browser.tabs, 'update') as unknown as TabCall).mockResolvedValue(tab(0));
    const create = (vi.spyOn(browser.tabs, 'create') as unknown as TabCall).mockResolvedValue(tab(99, { windowId: 8 }));
    const focus = vi.spyOn(browser.windows, 'update').mockResolvedValue({} as never);
    return { send, update, create, focus };
  }

  test('a calendar tab that shows the meeting opens the card there and is focused', async () => {
    const { send, update, create, focus } = calendarTabs([tab(1), tab(2, { lastAccessed: 5 })], (id) =>
      id === 1 ? { shown: true } : { shown: false },
    );
    expect(await openPrep('google:m1')).toEqual({ where: 'calendar', tabId: 1 });
    expect(send).toHaveBeenCalledWith(2, { type: 'prep/open', eventId: 'google:m1' });
    expect(update).toHaveBeenCalledWith(1, { active: true });
    expect(focus).toHaveBeenCalledWith(7, { focused: true });
    expect(create).not.toHaveBeenCalled();
  });

  test.each([
    ['no calendar tab', [] as number[], () => undefined],
    ['a tab without the meeting', [1], () => ({ shown: false })],
    ['a tab with no content script', [1], () => Promise.reject(new Error('Receiving end does not exist'))],
    ['an odd answer', [1], () => ({ shown: 'yes' })],
  ])('%s: the prep page opens in a new tab', async (_case, ids, shows) => {
    const { update, create } = calendarTabs(
      ids.map((id) => tab(id)),
      shows,
    );
    expect(await openPrep('google:a b/é')).toEqual({ where: 'tab' });
    expect(create).toHaveBeenCalledWith({ url: `/prep.html?meeting=${encodeURIComponent('google:a b/é')}&mode=tab` });
    expect(update).not.toHaveBeenCalled();
  });

  test('the click handler clears the notification and opens the prep; clicks on other notifications are ignored', async () => {
    const { create } = calendarTabs([], () => undefined);
    await browser.notifications.create(MAIN, { type: 'basic', iconUrl: '/icon/128.png', title: 't', message: 'm' });
    const clear = vi.spyOn(browser.notifications, 'clear');
    await onReminderClicked('something-else');
    expect(create).not.toHaveBeenCalled();
    await onReminderClicked(MAIN);
    expect(clear).toHaveBeenCalledWith(MAIN);
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('the wrap-up prompt after a 1:1', () => {
  const fire = (now: number) =>
    onReminderAlarm({ name: WRAP_UP, scheduledTime: now, persistAcrossSessions: true }, now);

  test('is armed for when the 1:1 ends, beside its reminder', async () => {
    await aOneOnOne();
    await rearmReminders();
    expect((await alarmTimes())[WRAP_UP]).toBe(at('2026-03-10T15:30'));
  });

  test('asks "How did your 1:1 with Dana go?" once, and a click opens the wrap-up in a tab', async () => {
    const meeting = await aOneOnOne();
    const personId = meeting.personId as string;
    await needs.add(personId, 'Feedback');
    await commitments.add({ personId, text: 'Budget numbers', owner: 'them' });
    const create = spyOnNotify();
    const end = at('2026-03-10T15:30');
    vi.setSystemTime(end);
    await fire(end);
    await fire(end + 1000);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0]).toBe(WRAP_UP);
    expect(create.mock.calls[0]?.[1]).toMatchObject({
      title: 'How did your 1:1 with Dana go?',
      message: expect.stringContaining('1 need, 1 open commitment'),
    });
    expect((await meetings.get('google:m1'))?.reminded?.['wrap-up']).toEqual({ start: '2026-03-10T15:00', at: end });
    const opened = vi.spyOn(browser.tabs, 'create');
    await onReminderClicked(WRAP_UP);
    expect(opened).toHaveBeenCalledWith({ url: '/prep.html?meeting=google%3Am1&mode=tab&view=wrap-up' });
  });

  test.each([
    ['turned off in settings', async () => settings.set('wrapUp', { notify: false })],
    ['already wrapped up', async () => void (await meetings.update('google:m1', (m) => ({ ...m, wrappedUpAt: 1 })))],
    ['cancelled', async () => void (await meetings.update('google:m1', (m) => ({ ...m, cancelled: true })))],
  ])('is neither armed nor shown when %s', async (_name, change) => {
    await aOneOnOne();
    await change();
    await rearmReminders();
    expect(Object.keys(await alarmTimes())).not.toContain(WRAP_UP);
    const create = spyOnNotify();
    vi.setSystemTime(at('2026-03-10T15:30'));
    await fire(at('2026-03-10T15:30'));
    expect(create).not.toHaveBeenCalled();
  });
});
