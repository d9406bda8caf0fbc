import { browser } from 'wxt/browser';
import { handleCardCall, relayStoreChanges } from '../lib/background/card-calls';
import { onInstalled } from '../lib/background/installed';
import { publishLabelWords } from '../lib/background/label-words';
import { recheckCalendarsOnChange } from '../lib/background/recheck';
import { recognitionHandlers } from '../lib/background/recognition';
import {
  onReminderAlarm,
  onReminderClicked,
  rearmReminders,
  rearmRemindersOnChange,
} from '../lib/background/reminders';
import { forgetDecidedOnChange } from '../lib/background/suggestions';
import { replayCardNotes } from '../lib/background/unsaved';
import { hearChange } from '../lib/db/changes';
import { readStoreChanged } from '../lib/messages/background-to-pages';
import { isCardCall, isCardToHost, relayCardToHost } from '../lib/messages/card-to-background';
import { receiveContentMessage } from '../lib/messages/content-to-background-receive';

/** How long after the service worker starts its repair work waits (see below). */
const AFTER_START_MS = 1000;

export default defineBackground(() => {
  // A new user gets the welcome page; every install and update re-arms reminders.
  browser.runtime.onInstalled.addListener((details) => {
    void onInstalled(details);
    void publishLabelWords();
  });
  browser.runtime.onStartup.addListener(() => {
    void rearmReminders();
    void publishLabelWords();
  });

  // A page's write, news that woke a sleeping background; else the prep card's store calls and
  // requests to its host (from the extension's own prep page); else calendar reports.
  browser.runtime.onMessage.addListener((message, sender) => {
    const changed = readStoreChanged(message, sender, browser.runtime.id);
    if (changed) return void hearChange(changed);
    if (isCardCall(message)) return handleCardCall(message, sender, browser.runtime.id);
    if (isCardToHost(message)) {
      return relayCardToHost(message, sender, browser.runtime.id, (tabId, request, options) =>
        browser.tabs.sendMessage(tabId, request, options),
      );
    }
    return receiveContentMessage(message, sender, browser.runtime.id, recognitionHandlers);
  });
  // Cards hear the store's changes on a port (they cannot hear the channel or a broadcast).
  relayStoreChanges(browser.runtime);

  recheckCalendarsOnChange();
  // Suggestions from the calendar: what a decision settles is forgotten at once.
  forgetDecidedOnChange();

  // Reminders: alarms follow the stored meetings; an alarm shows a notification; a click opens the prep.
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void onReminderClicked(id));
  rearmRemindersOnChange();
  // The service worker itself (re)started: the store, not the browser, says which alarms exist;
  // and what a card noted but the background did not write before it went away (an update) is
  // written now. A moment after the start, not during it: a start is most often a calendar page
  // waiting for its badges, whose answer should not queue behind this work (bench:worker).
  setTimeout(() => {
    void rearmReminders();
    void replayCardNotes();
  }, AFTER_START_MS);
  // Tests cannot click an OS notification, nor update an extension the browser loaded from its
  // command line: they call the very handlers the listeners call.
  Object.assign(globalThis, { upwardReminderClicked: onReminderClicked, upwardInstalled: onInstalled });
});
