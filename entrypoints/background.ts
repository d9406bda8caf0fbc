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
import { checklist } from '../lib/db';
import { isCardCall, isCardToHost, relayCardToHost } from '../lib/messages/card-to-background';
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

  // The prep card's store calls and requests to its host (from the extension's own prep
  // page), else calendar reports.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isCardCall(message)) return handleCardCall(message, sender, browser.runtime.id);
    if (isCardToHost(message)) {
      return relayCardToHost(message, sender, browser.runtime.id, (tabId, request, options) =>
        browser.tabs.sendMessage(tabId, request, options),
      );
    }
    return receiveContentMessage(message, sender, browser.runtime.id, recognitionHandlers);
  });
  relayStoreChanges(browser.runtime);

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
