import { browser } from 'wxt/browser';
import { handleCardCall, relayStoreChanges } from '../lib/background/card-calls';
import { publishLabelWords } from '../lib/background/label-words';
import { recheckCalendarsOnChange } from '../lib/background/recheck';
import { recognitionHandlers } from '../lib/background/recognition';
import {
  onReminderAlarm,
  onReminderClicked,
  rearmReminders,
  rearmRemindersOnChange,
} from '../lib/background/reminders';
import { replayCardNotes } from '../lib/background/unsaved';
import { checklist } from '../lib/db';
import { isCardCall } from '../lib/messages/card-to-background';
import { receiveContentMessage } from '../lib/messages/content-to-background-receive';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void checklist.ensureDefaults();
    // Installs and updates may drop alarms: re-arm reminders from the store.
    void rearmReminders();
    void publishLabelWords();
  });
  browser.runtime.onStartup.addListener(() => {
    void rearmReminders();
    void publishLabelWords();
  });

  // The prep card's store calls (from the extension's own prep page), else calendar reports.
  browser.runtime.onMessage.addListener((message, sender) =>
    isCardCall(message)
      ? handleCardCall(message, sender, browser.runtime.id)
      : receiveContentMessage(message, sender, browser.runtime.id, recognitionHandlers),
  );
  relayStoreChanges();
  // What a card noted but the background did not write before it went away (an update).
  void replayCardNotes();

  recheckCalendarsOnChange();

  // Reminders: alarms follow the stored meetings; an alarm shows a notification; a click opens the prep.
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void onReminderClicked(id));
  rearmRemindersOnChange();
  // The service worker itself (re)started: the store, not the browser, says which alarms exist.
  void rearmReminders();
  // Tests cannot click an OS notification: they call the very handler the click listener calls.
  Object.assign(globalThis, { upwardReminderClicked: onReminderClicked });
});
