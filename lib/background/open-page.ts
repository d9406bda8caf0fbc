import { browser } from 'wxt/browser';

/**
 * Opens Upward's history page (for one person, or everyone) in a tab. From the background,
 * with a path: the prep card lives at a per-session web-accessible URL in Chrome, from which
 * a tab of a page that is not web-accessible could not be opened.
 */
export async function openHistory(personId?: string): Promise<void> {
  const query = typeof personId === 'string' && personId ? `?person=${encodeURIComponent(personId)}` : '';
  const url = `/history.html${query}`;
  try {
    const tab = await browser.tabs.create({ url });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } catch {
    await browser.windows.create({ url, focused: true });
  }
}
