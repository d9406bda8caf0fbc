import { browser } from 'wxt/browser';
import { handleContentMessage } from '../lib/background/content-messages';
import { recheckCalendarsOnChange } from '../lib/background/recheck';
import { recognitionHandlers } from '../lib/background/recognition';
import { checklist } from '../lib/db';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void checklist.ensureDefaults();
  });

  browser.runtime.onMessage.addListener((message, sender) =>
    handleContentMessage(message, sender, browser.runtime.id, recognitionHandlers),
  );

  recheckCalendarsOnChange();
});
