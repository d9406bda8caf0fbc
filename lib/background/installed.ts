import { browser } from 'wxt/browser';
import { checklist, people, settings } from '../db';
import { rearmReminders } from './reminders';

/**
 * Upward was installed or updated (or the browser was). Only a new user gets the welcome page:
 * an update changes nothing they see. "New" means the store is empty too, because a browser
 * that loads Upward unpacked from its command line reports every start as an install.
 */
export async function onInstalled({ reason }: { reason: string }): Promise<void> {
  const welcome = reason === 'install' && (await nobodySetUp()) ? openWelcome() : undefined;
  // Installs and updates may drop alarms: re-arm reminders from the store.
  await Promise.all([welcome, checklist.ensureDefaults(), rearmReminders()]);
}

async function nobodySetUp(): Promise<boolean> {
  const [me, everyone] = await Promise.all([settings.getMe(), people.all()]);
  return !me.name && me.emails.length === 0 && everyone.length === 0;
}

/** The welcome page in a tab of its own (opening the extension's own page needs no permission). */
async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
